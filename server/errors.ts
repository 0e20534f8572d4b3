/** An error the client caused (or may see): a stable code, an HTTP status and a readable message. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'AppError';
    this.status = status;
    this.code = code;
  }
}

export const badRequest = (code: string, message: string) => new AppError(400, code, message);
export const unauthorized = (message = 'Sign in first') => new AppError(401, 'auth.required', message);
export const forbidden = (message = 'Your role may not do this') => new AppError(403, 'auth.forbidden', message);
export const notFound = (what: string, code = `${what}.not_found`) => new AppError(404, code, `No such ${what}`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const tooLarge = (message: string) => new AppError(413, 'request.too_large', message);
export const unsupportedType = (message: string) => new AppError(415, 'request.unsupported_type', message);
export const unreadable = (message: string) => new AppError(422, 'transcript.unreadable', message);
export const tooMany = (message: string) => new AppError(429, 'request.rate_limited', message);

interface FastifyLikeError extends Error {
  statusCode?: number;
  code?: string;
  validation?: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[];
  validationContext?: string;
}

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'request.unsupported_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'request.bad_length'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'request.too_large'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'request.empty_body'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'request.malformed_json'],
  FST_ERR_INVALID_MULTIPART_CONTENT_TYPE: [415, 'request.unsupported_type'],
  FST_REQ_FILE_TOO_LARGE: [413, 'request.too_large'],
  FST_PARTS_LIMIT: [413, 'request.too_large'],
  FST_FILES_LIMIT: [413, 'request.too_large'],
  FST_FIELDS_LIMIT: [413, 'request.too_large'],
};

/** Names the field and what was expected, from the first schema violation. */
function validationMessage(err: FastifyLikeError): string {
  const v = err.validation![0];
  const where = `${err.validationContext ?? 'request'}${v.instancePath.replace(/\//g, '.')}`;
  if (v.keyword === 'additionalProperties') return `${where}: unknown field "${String(v.params.additionalProperty)}"`;
  if (v.keyword === 'required') return `${where}: missing required field "${String(v.params.missingProperty)}"`;
  if (v.keyword === 'const' || v.keyword === 'enum' || v.keyword === 'anyOf') return `${where}: ${v.message ?? 'invalid value'}${v.params.allowedValues ? ` (${(v.params.allowedValues as unknown[]).join(', ')})` : ''}`;
  return `${where} ${v.message ?? 'is invalid'}`;
}

/** Maps any thrown error to the API's status and `{ error: { code, message } }`; 5xx details stay in the log. */
export function toErrorResponse(err: FastifyLikeError): { status: number; code: string; message: string } {
  if (err instanceof AppError) return { status: err.status, code: err.code, message: err.message };
  if (err.name === 'ParseError') return { status: 422, code: 'transcript.unreadable', message: err.message };
  if (err.validation?.length) return { status: 400, code: 'request.invalid', message: validationMessage(err) };
  const known = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (known) return { status: known[0], code: known[1], message: err.message };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return { status: err.statusCode, code: `request.${(err.code ?? 'invalid').toLowerCase()}`, message: err.message };
  }
  return { status: 500, code: 'internal', message: 'Something went wrong on our side; it has been logged' };
}

/**
 * The one way the dashboard talks to the service: cookie session, the CSRF
 * header on every state-changing request, and one error shape (ApiError).
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Turns any failed response into an ApiError, whatever its body looks like. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const { code, message } = parsed.error ?? {};
    if (typeof code === 'string') {
      return new ApiError(response.status, code, typeof message === 'string' ? message : code);
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): fall through to the status-based code.
  }
  return new ApiError(response.status, `http.${response.status}`, text.slice(0, 200) || response.statusText);
}

export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  del<T>(path: string): Promise<T>;
  url(path: string, query?: Query): string;
}

export interface ApiClientOptions {
  baseUrl?: string;
  /** Called on every 401 so the app can return to the sign-in page. */
  onUnauthorized?: () => void;
}

export function createApiClient({ baseUrl = '', onUnauthorized }: ApiClientOptions = {}): ApiClient {
  const url = (path: string, query?: Query) => `${baseUrl}${path}${toQueryString(query)}`;

  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (STATE_CHANGING.has(method)) headers['X-Attune-CSRF'] = '1';
    let body: BodyInit | undefined;
    if (options.body instanceof FormData) {
      body = options.body; // the browser sets the multipart boundary itself
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    let response: Response;
    try {
      response = await fetch(url(path, options.query), {
        method,
        headers,
        body,
        credentials: 'include',
        signal: options.signal,
      });
    } catch (cause) {
      if ((cause as Error).name === 'AbortError') throw cause;
      throw new ApiError(0, 'network', (cause as Error).message);
    }
    if (!response.ok) {
      const error = await errorFromResponse(response);
      if (response.status === 401) onUnauthorized?.();
      throw error;
    }
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.text()) as T;
  }

  return {
    request,
    get: (path, query, signal) => request('GET', path, { query, signal }),
    post: (path, body) => request('POST', path, { body }),
    patch: (path, body) => request('PATCH', path, { body }),
    put: (path, body) => request('PUT', path, { body }),
    del: (path) => request('DELETE', path),
    url,
  };
}

/**
 * The i18n key that explains an error to a person: a known code first, then
 * the HTTP status, then a generic message. The server's own message is shown
 * beside it when it names a field or file.
 */
export function errorMessageKey(error: unknown, knownKeys: (key: string) => boolean): string {
  if (error instanceof ApiError) {
    const byCode = `errors.code.${error.code.replace(/\./g, '_')}`;
    if (knownKeys(byCode)) return byCode;
    if (error.status === 0) return 'errors.network';
    const byStatus = `errors.status.${error.status}`;
    if (knownKeys(byStatus)) return byStatus;
    if (error.status >= 500) return 'errors.server';
  }
  return 'errors.unknown';
}

/** Server messages worth showing verbatim: validation and parse details. */
export function showsServerDetail(error: unknown): error is ApiError {
  return error instanceof ApiError && [400, 409, 413, 415, 422].includes(error.status);
}

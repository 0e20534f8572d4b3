import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { principalOf } from '../auth/hook.ts';
import { REVIEWERS } from '../auth/principal.ts';
import { badRequest, notFound, tooLarge, unsupportedType } from '../errors.ts';
import { UploadQuery } from './calls.ts';
import { IdParams, JobResponse, Strict } from './schemas.ts';

type UploadFile = { name: string; raw: string };

/** Every file part of a multipart upload, read fully (they are stored before we answer). */
async function readMultipart(request: FastifyRequest, maxTotal: number): Promise<UploadFile[]> {
  const files: UploadFile[] = [];
  let total = 0;
  for await (const part of request.files()) {
    const buf = await part.toBuffer();
    total += buf.length;
    if (total > maxTotal) throw tooLarge(`bulk upload is larger than ${Math.round(maxTotal / 1048576)} MB (ATTUNE_MAX_BULK_MB)`);
    files.push({ name: part.filename || `file ${files.length + 1}`, raw: buf.toString('utf8') });
  }
  return files;
}

/** One canonical transcript per non-empty line; each line is a file named "line N". */
function splitNdjson(body: string): UploadFile[] {
  return body.split('\n').flatMap((line, i) => (line.trim() ? [{ name: `line ${i + 1}`, raw: line }] : []));
}

export const jobsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos, config, jobs } = app.ctx;

  app.post('/api/calls/bulk', {
    config: { auth: REVIEWERS },
    bodyLimit: config.maxBulkBytes,
    schema: { querystring: UploadQuery },
  }, async (request, reply) => {
    const p = principalOf(request);
    let files: UploadFile[];
    if (request.isMultipart()) files = await readMultipart(request, config.maxBulkBytes);
    else if (request.headers['content-type']?.startsWith('application/x-ndjson') && typeof request.body === 'string') files = splitNdjson(request.body);
    else throw unsupportedType('Bulk uploads are multipart/form-data with "file" parts, or application/x-ndjson');
    if (files.length === 0) throw badRequest('jobs.no_files', 'the upload holds no files');
    const jobId = app.ctx.db.transaction(() => {
      const id = repos.jobs.createBulk(files, request.query, p.userId);
      repos.audit.record(p, 'job.created', { jobId: id, files: files.length });
      return id;
    });
    jobs.kick();
    return reply.status(202).send({ jobId });
  });

  app.get('/api/jobs', { config: { auth: REVIEWERS }, schema: { querystring: Type.Object({}, Strict) } }, async () => ({
    items: repos.jobs.recent(),
  }));

  app.get('/api/jobs/:id', { config: { auth: REVIEWERS }, schema: { params: IdParams, response: { 200: JobResponse } } }, async (request) => {
    const view = repos.jobs.view(request.params.id);
    if (!view) throw notFound('job', 'jobs.not_found');
    return view;
  });
};

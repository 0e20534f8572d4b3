import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { principalOf } from '../auth/hook.ts';
import { REVIEWERS } from '../auth/principal.ts';
import { badRequest, notFound, tooLarge, unsupportedType } from '../errors.ts';
import { UploadQuery } from './calls.ts';
import { IdParams, JobResponse, Strict } from './schemas.ts';

type UploadFile = { name: string; raw: string };

const CHUNK_FILES = 200;
const tooBig = (max: number) => tooLarge(`bulk upload is larger than ${Math.round(max / 1048576)} MB (ATTUNE_MAX_BULK_MB)`);

/** Every file part of a multipart upload, one at a time. */
async function* multipartFiles(request: FastifyRequest, maxTotal: number): AsyncGenerator<UploadFile> {
  let total = 0;
  let n = 0;
  for await (const part of request.files()) {
    const buf = await part.toBuffer();
    total += buf.length;
    if (total > maxTotal) throw tooBig(maxTotal);
    n++;
    yield { name: part.filename || `file ${n}`, raw: buf.toString('utf8') };
  }
}

const NOT_BLANK = /\S/;

/** One canonical transcript per non-empty line of the body stream, named "line N". */
async function* ndjsonLines(body: Readable, maxTotal: number): AsyncGenerator<UploadFile> {
  const decoder = new StringDecoder('utf8');
  let total = 0;
  let pending = '';
  let lineNo = 0;
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > maxTotal) throw tooBig(maxTotal);
    const lines = (pending + decoder.write(chunk as Buffer)).split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      lineNo++;
      if (NOT_BLANK.test(line)) yield { name: `line ${lineNo}`, raw: line };
    }
  }
  const last = pending + decoder.end();
  if (NOT_BLANK.test(last)) yield { name: `line ${lineNo + 1}`, raw: last };
}

export const jobsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos, config, jobs, db } = app.ctx;
  // NDJSON bodies are read as a stream and stored in chunks, so a big upload never sits in memory whole.
  app.addContentTypeParser('application/x-ndjson', (_request, payload, done) => done(null, payload));

  app.post('/api/calls/bulk', { config: { auth: REVIEWERS }, schema: { querystring: UploadQuery } }, async (request, reply) => {
    const p = principalOf(request);
    const { scorer } = request.query;
    if (scorer && scorer !== 'rules' && !app.ctx.judge) {
      throw badRequest('calls.judge_unavailable', `scorer ${scorer}: no LLM judge is configured on this server (set OPENAI_BASE_URL or OPENAI_API_KEY)`);
    }
    let files: AsyncGenerator<UploadFile>;
    if (request.isMultipart()) files = multipartFiles(request, config.maxBulkBytes);
    else if (request.headers['content-type']?.startsWith('application/x-ndjson')) files = ndjsonLines(request.body as Readable, config.maxBulkBytes);
    else throw unsupportedType('Bulk uploads are multipart/form-data with "file" parts, or application/x-ndjson');

    // Files are stored in chunks under a job that stays 'receiving' (ignored, and discarded at
    // start-up) until the last one is in; only then is the job accepted and the 202 sent.
    const jobId = repos.jobs.beginReceiving(request.query, p.userId);
    try {
      let count = 0;
      let chunk: UploadFile[] = [];
      const flush = () => {
        repos.jobs.addFiles(jobId, chunk);
        count += chunk.length;
        chunk = [];
      };
      for await (const file of files) {
        chunk.push(file);
        if (chunk.length >= CHUNK_FILES) flush();
      }
      flush();
      if (count === 0) throw badRequest('jobs.no_files', 'the upload holds no files');
      db.transaction(() => {
        repos.jobs.accept(jobId);
        repos.audit.record(p, 'job.created', { jobId, files: count });
      });
    } catch (err) {
      repos.jobs.discardReceiving(jobId);
      throw err;
    }
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

import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { createAuthHook } from './auth/hook.ts';
import { createLoginLimiter, type LoginLimiter } from './auth/login-limiter.ts';
import type { Config } from './config.ts';
import { openDb, type Db } from './db/client.ts';
import { migrateDb } from './db/migrate.ts';
import { toErrorResponse } from './errors.ts';
import { createJobRunner, type JobRunner } from './jobs/runner.ts';
import { createRepos, type Repos } from './repos/index.ts';
import { agentsRoutes } from './routes/agents.ts';
import { authRoutes } from './routes/auth.ts';
import { callsRoutes } from './routes/calls.ts';
import { coachingRoutes } from './routes/coaching.ts';
import { exportRoutes } from './routes/export.ts';
import { healthRoutes } from './routes/health.ts';
import { jobsRoutes } from './routes/jobs.ts';
import { liveRoutes } from './routes/live.ts';
import { reportsRoutes } from './routes/reports.ts';
import { reviewsRoutes } from './routes/reviews.ts';
import { rubricRoutes } from './routes/rubric.ts';
import { usersRoutes } from './routes/users.ts';
import { createJudge, type Judge } from './judge/index.ts';
import { createJudgeQueue, type JudgeQueue } from './jobs/judge-queue.ts';

/** What route plugins reach through `app.ctx`. */
export interface AppContext {
  config: Config;
  db: Db;
  repos: Repos;
  jobs: JobRunner;
  loginLimiter: LoginLimiter;
  /** The LLM judge, when an OpenAI-compatible endpoint is configured. */
  judge: Judge | undefined;
  /** Background refinement of bulk-uploaded calls (scorer hybrid/llm, per upload or by default). */
  judgeQueue: JudgeQueue | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

/** Route plugins, in order. Adding a resource = one line here. */
const ROUTES: FastifyPluginAsync[] = [
  healthRoutes, authRoutes, usersRoutes, agentsRoutes, callsRoutes, reviewsRoutes, jobsRoutes, reportsRoutes, exportRoutes, rubricRoutes, coachingRoutes, liveRoutes,
];

const RAW_TRANSCRIPT_TYPES = ['text/vtt', 'application/x-subrip', 'text/csv', 'application/octet-stream'];

const logger = (level: string) => ({
  level,
  // Never log credentials, query strings (they may carry ?token=) or bodies (transcripts).
  redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  serializers: {
    req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: req.url.split('?')[0], ip: req.ip }),
  },
});

/** Builds the whole service on the configured database (migrated), without listening. */
export async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger(config.logLevel),
    bodyLimit: config.maxBodyBytes,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const db = openDb(config.dbPath);
  migrateDb(db);
  const repos = createRepos(db);
  repos.rubric.current(); // makes sure version 1 exists
  repos.sessions.removeExpired(new Date().toISOString());
  repos.jobs.discardReceiving(); // bulk uploads cut off before their 202
  const judge = config.judge.apiKey || config.judge.baseURL ? createJudge(config.judge) : undefined;
  const judgeQueue = judge
    ? createJudgeQueue({ judge, calls: repos.calls, rubric: repos.rubric, onError: (err) => app.log.error({ err }, 'LLM judge queue stopped on an error') })
    : undefined;
  const jobs = createJobRunner({
    db, jobs: repos.jobs, calls: repos.calls, rubric: repos.rubric, audit: repos.audit, workers: config.workers, taskTimeoutMs: config.taskTimeoutMs,
    onError: (err) => app.log.error({ err }, 'job runner stopped on an error'),
    // Bulk calls are accepted and scored by the rules; the judge refines them afterwards.
    onCallsStored: judgeQueue
      ? (ids, scorer) => {
        const mode = scorer ?? config.judge.mode;
        if (mode !== 'rules') judgeQueue.enqueue(ids, mode);
      }
      : undefined,
  });
  const loginLimiter = createLoginLimiter(config.loginMaxAttempts, config.loginWindowMinutes * 60_000);
  app.decorate('ctx', { config, db, repos, jobs, loginLimiter, judge, judgeQueue });
  app.decorateRequest('principal', null);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"], 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'", 'data:'], 'img-src': ["'self'", 'data:', 'blob:'], 'connect-src': ["'self'", 'ws:', 'wss:'],
        'upgrade-insecure-requests': null,
      },
    },
  });
  await app.register(multipart, {
    limits: { fileSize: config.maxBodyBytes, files: config.maxBulkFiles, fields: 20, parts: config.maxBulkFiles + 20 },
  });
  app.addContentTypeParser(RAW_TRANSCRIPT_TYPES, { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', createAuthHook(repos));
  app.setErrorHandler((err, request, reply) => {
    const { status, code, message } = toErrorResponse(err as Error);
    if (status >= 500) request.log.error({ err }, 'unexpected error');
    return reply.status(status).send({ error: { code, message } });
  });

  for (const routes of ROUTES) await app.register(routes);
  await registerDashboard(app, config.webDist);

  app.addHook('onReady', async () => jobs.kick());
  app.addHook('onClose', async () => {
    await judgeQueue?.close();
    await jobs.close();
    db.$client.pragma('optimize'); // keeps the query planner's statistics current
    db.$client.close();
  });
  return app;
}

/** Serves the built dashboard with an SPA fallback; API 404s stay JSON. */
async function registerDashboard(app: FastifyInstance, webDist: string) {
  const hasDashboard = existsSync(path.join(webDist, 'index.html'));
  if (hasDashboard) await app.register(fastifyStatic, { root: webDist, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api') && request.url !== '/health';
    if (isPage && hasDashboard) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send({ error: { code: 'route.not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
  });
}

import type { Db } from '../db/client.ts';
import { createAgentsRepo } from './agents.ts';
import { createAuditRepo } from './audit.ts';
import { createCallsRepo } from './calls.ts';
import { createJobsRepo } from './jobs.ts';
import { createReviewsRepo } from './reviews.ts';
import { createRubricRepo } from './rubric.ts';
import { createSessionsRepo } from './sessions.ts';
import { createTokensRepo } from './tokens.ts';
import { createUsersRepo } from './users.ts';

/** Every repository over one database. */
export function createRepos(db: Db) {
  return {
    agents: createAgentsRepo(db),
    audit: createAuditRepo(db),
    calls: createCallsRepo(db),
    jobs: createJobsRepo(db),
    reviews: createReviewsRepo(db),
    rubric: createRubricRepo(db),
    sessions: createSessionsRepo(db),
    tokens: createTokensRepo(db),
    users: createUsersRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;

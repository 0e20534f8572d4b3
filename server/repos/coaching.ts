import type { Db } from '../db/client.ts';
import { createCoachingAssignmentsRepo } from './coaching-assignments.ts';
import { createCoachingMomentsRepo } from './coaching-moments.ts';
import { createCoachingSessionsRepo } from './coaching-sessions.ts';

/** The coaching repositories over one database. */
export function createCoachingRepos(db: Db) {
  return {
    sessions: createCoachingSessionsRepo(db),
    assignments: createCoachingAssignmentsRepo(db),
    moments: createCoachingMomentsRepo(db),
  };
}
export type CoachingRepos = ReturnType<typeof createCoachingRepos>;

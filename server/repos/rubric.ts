import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rubricVersions } from '../db/schema.ts';
import type { Rubric } from '../scoring/types.ts';
import { ITEM_IDS } from '../scoring/types.ts';

/** Version 1: every item enabled with equal weight, SPEC §1 thresholds. */
export const DEFAULT_RUBRIC: Rubric = {
  version: 1,
  items: Object.fromEntries(ITEM_IDS.map((id) => [id, { enabled: true, weight: 1 }])) as Rubric['items'],
  thresholds: {
    overlapSec: 0.3, interruptionWarnAt: 1, interruptionFailAt: 2,
    maxTalkShare: 0.6, maxMonologueSec: 45, minWpm: 125, maxWpm: 250,
  },
};

export interface StoredRubric extends Rubric { createdAt: string }

const toRubric = (row: typeof rubricVersions.$inferSelect): StoredRubric =>
  ({ ...JSON.parse(row.rubric), version: row.version, createdAt: row.createdAt });

export function createRubricRepo(db: Db) {
  const current = (): StoredRubric => {
    const row = db.select().from(rubricVersions).orderBy(desc(rubricVersions.version)).limit(1).get();
    if (row) return toRubric(row);
    db.insert(rubricVersions).values({ version: 1, rubric: JSON.stringify(DEFAULT_RUBRIC) }).onConflictDoNothing().run();
    return current();
  };
  return {
    current,
    byVersion(version: number): StoredRubric | undefined {
      const row = db.select().from(rubricVersions).where(eq(rubricVersions.version, version)).get();
      return row && toRubric(row);
    },
    versions: () => db.select().from(rubricVersions).orderBy(desc(rubricVersions.version)).all().map(toRubric),
    /** Stores the next version and returns it. */
    add(input: Omit<Rubric, 'version'>, createdBy: string | null): StoredRubric {
      const version = current().version + 1;
      const rubric = { version, items: input.items, thresholds: input.thresholds };
      const row = db.insert(rubricVersions).values({ version, rubric: JSON.stringify(rubric), createdBy }).returning().get();
      return toRubric(row);
    },
  };
}
export type RubricRepo = ReturnType<typeof createRubricRepo>;

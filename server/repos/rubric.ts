import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rubricVersions } from '../db/schema.ts';
import type { Rubric } from '../scoring/types.ts';
import { DEFAULT_RUBRIC } from '../scoring/index.ts';

export interface StoredRubric extends Rubric { createdAt: string }

/** Stored versions predating a newer threshold or item get the scorer's default for it. */
function toRubric(row: typeof rubricVersions.$inferSelect): StoredRubric {
  const stored = JSON.parse(row.rubric) as Rubric;
  return {
    version: row.version,
    items: { ...DEFAULT_RUBRIC.items, ...stored.items },
    thresholds: { ...DEFAULT_RUBRIC.thresholds, ...stored.thresholds },
    createdAt: row.createdAt,
  };
}

export function createRubricRepo(db: Db) {
  const current = (): StoredRubric => {
    const row = db.select().from(rubricVersions).orderBy(desc(rubricVersions.version)).limit(1).get();
    if (row) return toRubric(row);
    db.insert(rubricVersions).values({ version: 1, rubric: JSON.stringify({ ...DEFAULT_RUBRIC, version: 1 }) }).onConflictDoNothing().run();
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

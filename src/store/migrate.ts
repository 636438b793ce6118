import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as searchFunctions from './migrations/001-search-functions.ts';
import * as referenceAndInstruments from './migrations/002-reference-and-instruments.ts';
import * as workPlans from './migrations/003-work-plans.ts';
import * as activities from './migrations/004-activities.ts';
import * as auditLog from './migrations/005-audit-log.ts';
import * as review from './migrations/006-review.ts';
import * as coverageFacts from './migrations/007-coverage-facts.ts';
import * as activityRecord from './migrations/008-activity-record.ts';
import * as setAsideIndexes from './migrations/009-set-aside-indexes.ts';
import * as activityRecordText from './migrations/010-activity-record-text.ts';
import * as activityTextStatistics from './migrations/011-activity-text-statistics.ts';
import type { Database } from './database.ts';

// Listed here rather than read from the folder, so a bundle or a test run sees the same set.
const MIGRATIONS = {
  '001-search-functions': searchFunctions,
  '002-reference-and-instruments': referenceAndInstruments,
  '003-work-plans': workPlans,
  '004-activities': activities,
  '005-audit-log': auditLog,
  '006-review': review,
  '007-coverage-facts': coverageFacts,
  '008-activity-record': activityRecord,
  '009-set-aside-indexes': setAsideIndexes,
  '010-activity-record-text': activityRecordText,
  '011-activity-text-statistics': activityTextStatistics,
} satisfies Record<string, Migration>;

export type MigrationName = keyof typeof MIGRATIONS;

function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });
}

function throwIfFailed(result: MigrationResultSet): MigrationResultSet {
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
    throw new Error(`migration ${failed} failed: ${reason}`, { cause: result.error });
  }
  return result;
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  return throwIfFailed(await createMigrator(db).migrateToLatest());
}

/** Up or down to the named migration, the data carried across: to undo a release. */
export async function migrateTo(db: Kysely<Database>, name: MigrationName): Promise<MigrationResultSet> {
  return throwIfFailed(await createMigrator(db).migrateTo(name));
}

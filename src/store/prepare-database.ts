import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { seedReferenceData } from './seed-reference.ts';
import { restoreAfterFailedLoad } from './set-aside-indexes.ts';

/** Brings a database to the latest schema with its reference data; safe to run on every start. */
export async function prepareDatabase(db: Kysely<Database>): Promise<void> {
  // Before migrating, so every migration finds the indexes the earlier ones made.
  await restoreAfterFailedLoad(db);
  await migrateToLatest(db);
  await seedReferenceData(db);
}

import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { seedReferenceData } from './seed-reference.ts';

/** Brings a database to the latest schema with its reference data; safe to run on every start. */
export async function prepareDatabase(db: Kysely<Database>): Promise<void> {
  await migrateToLatest(db);
  await seedReferenceData(db);
}

// An activity's record is JSON that our own writer has just produced (toActivityRow) and that the
// database never looks inside. As `json`, every write had PostgreSQL lex it again to check its
// syntax: a twentieth of a bulk load's server time, for a check that cannot fail. It is now
// plain text, parsed where it is read (readActivityRecord); SQL that wants to look inside
// casts it (record::json).
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['alter table activities alter column record type text']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['alter table activities alter column record type json using record::json']);
}

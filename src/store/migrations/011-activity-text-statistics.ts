// ANALYZE samples every column of activities, and the widest ones cost it most: the record
// (hundreds of bytes of JSON), the title and the description are sorted and compared to find
// their common values, half of what a bulk load's final ANALYZE spent on the table. No question
// filters, joins or orders by them (lists order by dates and id; words are found through the
// search vector), so the planner never reads their statistics; a target of 0 has ANALYZE and
// autovacuum skip them.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

const UNQUESTIONED_COLUMNS = ['record', 'title', 'description'];

function setStatistics(target: number): string {
  return `alter table activities ${UNQUESTIONED_COLUMNS.map((column) => `alter column ${column} set statistics ${target}`).join(', ')}`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [setStatistics(0)]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // -1: back to the server's default target.
  await runStatements(db, [setStatistics(-1)]);
}

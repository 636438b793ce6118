// An activity's venues, head counts, parties, mandates and source passage are stored to be given
// back whole: no query looks inside them (the derived key columns answer the questions). jsonb
// parses each value into a binary tree on every write, a third of a bulk load's server time;
// json only checks the text is valid and keeps it as written, which is all these columns need.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

const RECORD_COLUMNS = ['venues', 'participants', 'parties', 'mandates', 'source'] as const;

function alterColumns(type: 'json' | 'jsonb'): string {
  return `alter table activities ${RECORD_COLUMNS.map((column) => `alter column ${column} type ${type}`).join(', ')}`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [alterColumns('json')]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [alterColumns('jsonb')]);
}

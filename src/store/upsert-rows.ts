import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database.ts';

type LooseRow = Record<string, unknown>;
type LooseDatabase = Record<string, LooseRow>;

// PostgreSQL's protocol takes at most 65,535 parameters per statement.
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows, replacing every column of a row whose key already exists. The table and column
 * names come from our own code, never from input.
 */
export async function upsertRows(
  trx: Transaction<Database>,
  table: keyof Database,
  key: string,
  rows: readonly LooseRow[],
): Promise<number> {
  const first = rows[0];
  if (first === undefined) return 0;
  const loose = trx as unknown as Kysely<LooseDatabase>;
  const columns = Object.keys(first);
  const updates: Record<string, unknown> = Object.fromEntries(columns.filter((c) => c !== key).map((c) => [c, sql.ref(`excluded.${c}`)]));
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += chunk) {
    await loose
      .insertInto(table)
      .values(rows.slice(i, i + chunk))
      .onConflict((oc) => oc.column(key).doUpdateSet(updates))
      .execute();
  }
  return rows.length;
}

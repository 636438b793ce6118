import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database.ts';

/**
 * The questions a screen asks read a few thousand to a few tens of thousands of rows. At 1M
 * activities the planner's cost estimates crossed PostgreSQL's JIT thresholds, and compiling the
 * plan took seconds (3.9 s of JIT for ~0.3 s of work in EXPLAIN ANALYZE); parallel workers
 * likewise cost more to start than they saved; and at the default 4 MB of work memory sorts
 * spilled to disk and bitmaps of matching rows went lossy (every row of a page rechecked). So:
 * no JIT, serial plans, and room to sort, hash and mark rows in memory, for this transaction
 * only, set in one round trip.
 */
export function withShortQuerySettings<T>(db: Kysely<Database>, run: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('work_mem', '64MB', true)`.execute(trx);
    return run(trx);
  });
}

// Indexes a bulk load drops before it writes and builds again once it is done (migration 009 says
// why). Only GIN indexes that back no constraint are set aside: they speed questions up but
// never decide what a write may do, so while they are away every answer stays the same, only
// slower. Each definition is taken from the catalogue, as the migrations made it, and recorded
// in the same transaction as the drop; whoever opens the database next builds what a failed
// load left out (restoreSetAsideIndexes), unless that load is still running.
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';
import { rawClientOf } from './open-database.ts';

/** Held by a running bulk load on a server, so another process does not rebuild its indexes under it. */
const BULK_LOAD_LOCK = 7_413_002;

export type IndexedTable = 'activities';

/** Drops the table's GIN indexes that back no constraint and records their definitions; returns their names. */
export async function setAsideGinIndexes(db: Kysely<Database>, table: IndexedTable): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ name: string; definition: string }>`
      select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
      from pg_index i
      join pg_class c on c.oid = i.indexrelid
      join pg_am am on am.oid = c.relam
      where i.indrelid = ${table}::regclass and am.amname = 'gin'
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by c.relname`.execute(trx);
    if (rows.length === 0) return [];
    await trx.insertInto('set_aside_indexes').values(rows).execute();
    for (const { name } of rows) await sql`drop index ${sql.id(name)}`.execute(trx);
    return rows.map((row) => row.name);
  });
}

/**
 * Builds every set-aside index again, each in its own transaction with the removal of its record;
 * on a server they are built side by side, one connection each. Returns their names.
 */
export async function restoreSetAsideIndexes(db: Kysely<Database>): Promise<string[]> {
  const pending = await db.selectFrom('set_aside_indexes').select(['name', 'definition']).orderBy('name').execute();
  await Promise.all(
    pending.map(({ name, definition }) =>
      db.transaction().execute(async (trx) => {
        // Another process may have restored it meanwhile: only the one that removes the record builds.
        const claimed = await trx.deleteFrom('set_aside_indexes').where('name', '=', name).returning('name').executeTakeFirst();
        if (claimed === undefined) return;
        // Room to sort a million rows' keys in a few runs rather than many (the default is 64 MB).
        await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
        await sql.raw(definition).execute(trx);
      }),
    ),
  );
  return pending.map((row) => row.name);
}

/**
 * Runs `work` holding the bulk-load lock on a server (an embedded database has one process and
 * needs none). Waiting, two loads on one server take turns; trying, `work` learns whether it got it.
 */
async function holdingBulkLoadLock<T>(db: Kysely<Database>, how: 'wait' | 'try', work: (held: boolean) => Promise<T>): Promise<T> {
  const raw = rawClientOf(db);
  if (raw.engine === 'pglite') return work(true);
  const client = await raw.pool.connect();
  try {
    const { rows } = await client.query<{ held: boolean }>(
      how === 'wait' ? 'select pg_advisory_lock($1) is not null as held' : 'select pg_try_advisory_lock($1) as held',
      [BULK_LOAD_LOCK],
    );
    const held = rows[0]?.held === true;
    try {
      return await work(held);
    } finally {
      if (held) await client.query('select pg_advisory_unlock($1)', [BULK_LOAD_LOCK]);
    }
  } finally {
    client.release();
  }
}

export function withBulkLoadLock<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  return holdingBulkLoadLock(db, 'wait', work);
}

/**
 * At start-up: rebuilds what a bulk load that died left set aside. Skipped while a load holds
 * the lock (its own end rebuilds them) and before migration 009 made the record.
 */
export async function restoreAfterFailedLoad(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ present: boolean }>`select to_regclass('set_aside_indexes') is not null as present`.execute(db);
  if (rows[0]?.present !== true) return [];
  // Almost every start finds nothing recorded: no lock, no extra connection for that.
  if ((await db.selectFrom('set_aside_indexes').select('name').limit(1).executeTakeFirst()) === undefined) return [];
  return holdingBulkLoadLock(db, 'try', (held) => (held ? restoreSetAsideIndexes(db) : Promise.resolve([])));
}

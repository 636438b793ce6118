// The fast path for loading many activities at once (the benchmark, large migrations): no audit
// row per record and no reference checks, so only trusted, already validated data comes here.
// Both engines read COPY's text format: PGlite from a blob ('/dev/blob'), a server from a stream.
// Each call is one COPY, so one transaction: its rows land together or not at all. Text format
// rather than CSV because only backslash, tab and line breaks need escaping there, which almost
// no field holds, so most values are written as they are.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql, type Kysely } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Activity } from '../core/activities/activity.ts';
import { toActivityRow, type ActivityRow } from './activity-rows.ts';
import type { Database } from './database.ts';
import { rawClientOf } from './open-database.ts';
import { restoreSetAsideIndexes, setAsideGinIndexes, withBulkLoadLock } from './set-aside-indexes.ts';

/** 'code' and 'date' values are made by our own code (ids, vocabularies, ISO days) and never need escaping; 'json' is text JSON.stringify made. */
type ColumnKind = 'code' | 'text' | 'integer' | 'boolean' | 'json' | 'text[]' | 'date';

/** Every column toActivityRow fills (the type makes a new one a compile error here until it is listed), in COPY's order. */
const COLUMN_KINDS: Readonly<Record<Exclude<keyof ActivityRow, 'seq'>, ColumnKind>> = {
  id: 'text', version: 'integer', title: 'text', description: 'text', type: 'code', status: 'code',
  start_date: 'text', end_date: 'text', starts_on: 'date', ends_on: 'date',
  country_keys: 'text[]', country_years: 'text[]', participation_countries: 'text[]', participants_total: 'integer', units: 'text[]',
  mandate_keys: 'text[]', planned_output_ids: 'text[]', record: 'json', is_published: 'boolean', language: 'code',
};
const COLUMNS = Object.entries(COLUMN_KINDS) as [keyof ActivityRow, ColumnKind][];
const COLUMN_LIST = COLUMNS.map(([column]) => column).join(', ');

// Small chunks, each encoded to bytes at once and only two made ahead of the server: the text of
// a chunk is garbage as soon as it is encoded, so the young generation's collections find
// almost nothing alive to copy (with 2,000-row strings queued they spent a fifth of the load).
const ROWS_PER_CHUNK = 250;
const CHUNKS_AHEAD = 2;

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** What an array element may not hold as it is: array quoting's specials, then COPY's. */
const ELEMENT_SPECIAL = /[\\"\t\n\r]/;
const ARRAY_SPECIALS = /[\\"]/g;

/** A value as COPY's text format writes it; \N is NULL. */
function escapeCopyText(text: string): string {
  return COPY_SPECIAL.test(text) ? text.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c] ?? c) : text;
}

/**
 * A PostgreSQL array literal, every element quoted ({"JAM","AG/RES. 2619 (XLI-O/11)#4.b"}),
 * escaped for COPY. Elements are codes and keys, so one test each usually shows nothing to escape.
 */
function toCopyArray(values: readonly string[]): string {
  let literal = '{';
  let hasSpecial = false;
  for (let i = 0; i < values.length; i += 1) {
    let value = values[i] as string;
    if (ELEMENT_SPECIAL.test(value)) {
      hasSpecial = true;
      value = value.replace(ARRAY_SPECIALS, '\\$&');
    }
    literal += `${i === 0 ? '' : ','}"${value}"`;
  }
  literal += '}';
  return hasSpecial ? escapeCopyText(literal) : literal;
}

/** JSON text never holds a raw tab or line break (JSON.stringify escapes them), so only its backslashes need doubling. */
function escapeCopyJson(json: string): string {
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

function toCopyValue(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return '\\N';
  switch (kind) {
    case 'text[]': return toCopyArray(value as string[]);
    case 'boolean': return value === true ? 't' : 'f';
    case 'integer': return (value as number).toString();
    case 'code':
    case 'date': return value as string;
    case 'text': return escapeCopyText(value as string);
    case 'json': return escapeCopyJson(value as string);
  }
}

const LAST_COLUMN = COLUMNS.length - 1;

function toCopyText(activities: readonly Activity[]): string {
  let text = '';
  for (const activity of activities) {
    const row = toActivityRow(activity);
    for (let i = 0; i < COLUMNS.length; i += 1) {
      const [column, kind] = COLUMNS[i] as (typeof COLUMNS)[number];
      text += toCopyValue(row[column], kind) + (i === LAST_COLUMN ? '\n' : '\t');
    }
  }
  return text;
}

function* copyTextChunks(activities: readonly Activity[]): Generator<Buffer> {
  for (let i = 0; i < activities.length; i += ROWS_PER_CHUNK) yield Buffer.from(toCopyText(activities.slice(i, i + ROWS_PER_CHUNK)));
}

async function copyIntoPGlite(db: Kysely<Database>, activities: readonly Activity[]): Promise<void> {
  const raw = rawClientOf(db);
  if (raw.engine !== 'pglite') throw new Error('COPY from a blob needs the embedded engine');
  const blob = new Blob([...copyTextChunks(activities)]);
  // Holding Kysely's connection keeps every other caller out while COPY runs.
  await db.connection().execute(async () => {
    await raw.pglite.query(`copy activities (${COLUMN_LIST}) from '/dev/blob'`, [], { blob });
  });
}

async function copyIntoServer(db: Kysely<Database>, activities: readonly Activity[]): Promise<void> {
  const raw = rawClientOf(db);
  if (raw.engine !== 'postgres') throw new Error('COPY from a stream needs a PostgreSQL server');
  const client = await raw.pool.connect();
  try {
    await client.query('begin');
    // The coverage trigger reads the batch back from a transition table of whole rows; with room
    // it stays in memory rather than going through a temporary file.
    await client.query(`set local work_mem = '64MB'`);
    // Chunks are made as the server asks for them, so it parses one while we build the next.
    await pipeline(Readable.from(copyTextChunks(activities), { highWaterMark: CHUNKS_AHEAD }), client.query(copyFrom(`copy activities (${COLUMN_LIST}) from stdin`)));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function copyBatch(db: Kysely<Database>, activities: readonly Activity[]): Promise<number> {
  if (activities.length === 0) return 0;
  if (rawClientOf(db).engine === 'pglite') await copyIntoPGlite(db, activities);
  else await copyIntoServer(db, activities);
  return activities.length;
}

/** Loads one batch in one COPY: all of its rows or none. Returns how many rows were written. */
export type LoadBatch = (activities: readonly Activity[]) => Promise<number>;

export interface BulkLoadOptions {
  /** How many activities the whole load brings: a load that at least doubles the table sets its GIN indexes aside. */
  readonly expectedRows: number;
}

/** Whether building the GIN indexes afresh will cost less than growing them row by row. */
async function isLargeLoad(db: Kysely<Database>, expectedRows: number): Promise<boolean> {
  if (expectedRows === 0) return false;
  // Counts no further than the load's size: a big table answers as fast as a small one.
  const { rows } = await sql<{ stored: number }>`
    select count(*) as stored from (select 1 from activities limit ${expectedRows}) s`.execute(db);
  return (rows[0]?.stored ?? 0) < expectedRows;
}

/**
 * Runs `work` as one bulk load: it may call `load` as often as it likes, concurrently on a server
 * (one connection per batch), each batch landing whole or not at all. A load that at least
 * doubles the table drops its GIN indexes first and builds them once at the end, which is also
 * done after a failure; then the planner's statistics are refreshed. Meanwhile questions get the
 * same answers, only slower.
 */
export async function bulkLoad<T>(db: Kysely<Database>, options: BulkLoadOptions, work: (load: LoadBatch) => Promise<T>): Promise<T> {
  return withBulkLoadLock(db, async () => {
    const setAside = (await isLargeLoad(db, options.expectedRows)) ? await setAsideGinIndexes(db, 'activities') : [];
    let result: T;
    try {
      result = await work((batch) => copyBatch(db, batch));
    } catch (error) {
      // The load's own error is the one to report; indexes this fails to build stay recorded
      // and the next start builds them.
      await finishLoad(db, setAside.length > 0).catch(() => undefined);
      throw error;
    }
    await finishLoad(db, setAside.length > 0);
    return result;
  });
}

async function finishLoad(db: Kysely<Database>, indexesSetAside: boolean): Promise<void> {
  await Promise.all([
    indexesSetAside ? restoreSetAsideIndexes(db) : mergePendingLists(db),
    // coverage_facts meanwhile: analyzing activities would wait for the index builds.
    sql`analyze coverage_facts`.execute(db),
  ]);
  await sql`analyze activities`.execute(db);
}

/** The whole of a load whose rows are at hand. */
export function bulkLoadActivities(db: Kysely<Database>, activities: readonly Activity[]): Promise<number> {
  return bulkLoad(db, { expectedRows: activities.length }, (load) => load(activities));
}

/**
 * After a load into the standing indexes: merges what it left in the GIN indexes' pending lists
 * (otherwise every question by country, mandate or word scans them, 2-3 times slower at a
 * million rows, until autovacuum comes by).
 */
async function mergePendingLists(db: Kysely<Database>): Promise<void> {
  await sql`
    select gin_clean_pending_list(i.indexrelid)
    from pg_index i
    join pg_class c on c.oid = i.indexrelid
    join pg_am am on am.oid = c.relam
    where i.indrelid = 'activities'::regclass and am.amname = 'gin'`.execute(db);
}

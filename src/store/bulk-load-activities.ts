// The fast path for loading many activities at once (the benchmark, large migrations): no audit
// row per record and no reference checks, so only trusted, already validated data comes here.
// Both engines read COPY's binary format (copy-binary.ts): PGlite from a blob ('/dev/blob'), a
// server from a stream. Each call is one COPY, so one transaction: its rows land together or not
// at all.
import { sql, type Kysely } from 'kysely';
import type { Activity } from '../core/activities/activity.ts';
import { toActivityRow, type ActivityRow } from './activity-rows.ts';
import { copyBinaryInto, CopyBinaryWriter } from './copy-binary.ts';
import type { Database } from './database.ts';
import { restoreSetAsideIndexes, setAsideGinIndexes, withBulkLoadLock } from './set-aside-indexes.ts';

type ColumnKind = 'text' | 'integer' | 'boolean' | 'date' | 'text[]';

/** Every column toActivityRow fills (the type makes a new one a compile error here until it is listed), in COPY's order. */
const COLUMN_KINDS: Readonly<Record<Exclude<keyof ActivityRow, 'seq'>, ColumnKind>> = {
  id: 'text', version: 'integer', title: 'text', description: 'text', type: 'text', status: 'text',
  start_date: 'text', end_date: 'text', starts_on: 'date', ends_on: 'date',
  country_keys: 'text[]', country_years: 'text[]', participation_countries: 'text[]', participants_total: 'integer', units: 'text[]',
  mandate_keys: 'text[]', planned_output_ids: 'text[]', record: 'text', is_published: 'boolean', language: 'text',
};
const COLUMNS = Object.entries(COLUMN_KINDS) as [keyof ActivityRow, ColumnKind][];
const COLUMN_LIST = COLUMNS.map(([column]) => column).join(', ');

// Small chunks (copyBinaryInto has only two made ahead of the server): a chunk's row objects are
// garbage as soon as it is written, so the young generation's collections find almost nothing
// alive to copy (with 2,000-row chunks queued they spent a fifth of the load).
const ROWS_PER_CHUNK = 250;

function writeValue(writer: CopyBinaryWriter, value: unknown, kind: ColumnKind): void {
  if (value === null || value === undefined) return writer.null();
  switch (kind) {
    case 'text': return writer.text(value as string);
    case 'integer': return writer.integer(value as number);
    case 'boolean': return writer.boolean(value as boolean);
    case 'date': return writer.date(value as string);
    case 'text[]': return writer.textArray(value as string[]);
  }
}

/** Every activity's row, in chunks of a few hundred rows. */
function* copyChunks(activities: readonly Activity[]): Generator<Buffer> {
  const writer = new CopyBinaryWriter();
  for (let i = 0; i < activities.length; i += 1) {
    const row = toActivityRow(activities[i] as Activity);
    writer.startRow(COLUMNS.length);
    for (const [column, kind] of COLUMNS) {
      try {
        writeValue(writer, row[column], kind);
      } catch (error) {
        // The writer knows the value, not whose it is: name the activity and the column.
        throw new RangeError(`activity ${row.id}, ${column}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    if ((i + 1) % ROWS_PER_CHUNK === 0) yield writer.take();
  }
  yield writer.take();
}

const ACTIVITIES_COLUMNS = `activities (${COLUMN_LIST})`;

async function copyBatch(db: Kysely<Database>, activities: readonly Activity[]): Promise<number> {
  if (activities.length === 0) return 0;
  await copyBinaryInto(db, ACTIVITIES_COLUMNS, copyChunks(activities));
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

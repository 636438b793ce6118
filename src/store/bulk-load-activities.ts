// The fast path for loading many activities at once (the benchmark, large migrations): no audit
// row per record and no reference checks, so only trusted, already validated data comes here.
// Both engines read CSV through COPY: PGlite from a blob ('/dev/blob'), a server from a stream.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Activity } from '../core/activities/activity.ts';
import { toActivityRow, type ActivityRow } from './activity-rows.ts';
import type { Database } from './database.ts';
import { rawClientOf } from './open-database.ts';

type ColumnKind = 'text' | 'integer' | 'boolean' | 'jsonb' | 'text[]' | 'date';

const COLUMNS: readonly (readonly [keyof ActivityRow, ColumnKind])[] = [
  ['id', 'text'], ['version', 'integer'], ['title', 'text'], ['description', 'text'], ['type', 'text'], ['status', 'text'],
  ['start_date', 'text'], ['end_date', 'text'], ['starts_on', 'date'], ['ends_on', 'date'], ['venues', 'jsonb'],
  ['participating_countries', 'text[]'], ['country_keys', 'text[]'], ['participation_countries', 'text[]'],
  ['participants', 'jsonb'], ['participants_total', 'integer'], ['parties', 'jsonb'], ['units', 'text[]'],
  ['mandates', 'jsonb'], ['mandate_keys', 'text[]'], ['planned_output_ids', 'text[]'], ['source', 'jsonb'],
  ['is_published', 'boolean'], ['language', 'text'],
];

const CSV_CHUNK = 2_000;

/** A PostgreSQL array literal: {"JAM","TTO"}. */
function toArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

function toText(value: unknown, kind: ColumnKind): string | null {
  if (value === null || value === undefined) return null;
  if (kind === 'text[]') return toArrayLiteral(value as string[]);
  if (kind === 'boolean') return value === true ? 't' : 'f';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function* csvChunks(activities: readonly Activity[]): Generator<string> {
  for (let i = 0; i < activities.length; i += CSV_CHUNK) yield toCsv(activities.slice(i, i + CSV_CHUNK).map(toActivityRow));
}

function toCsv(rows: readonly ActivityRow[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const fields = COLUMNS.map(([column, kind]) => {
      const text = toText(row[column], kind);
      // Unquoted empty is NULL in CSV COPY; every present value is quoted.
      return text === null ? '' : `"${text.replace(/"/g, '""')}"`;
    });
    lines.push(fields.join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function copyIntoPGlite(db: Kysely<Database>, activities: readonly Activity[]): Promise<void> {
  const raw = rawClientOf(db);
  if (raw.engine !== 'pglite') throw new Error('COPY from a blob needs the embedded engine');
  const columns = COLUMNS.map(([c]) => c).join(', ');
  const blob = new Blob([...csvChunks(activities)]);
  // Holding Kysely's connection keeps every other caller out while COPY runs.
  await db.connection().execute(async () => {
    await raw.pglite.query(`copy activities (${columns}) from '/dev/blob' with (format csv)`, [], { blob });
  });
}

async function copyIntoServer(db: Kysely<Database>, activities: readonly Activity[]): Promise<void> {
  const raw = rawClientOf(db);
  if (raw.engine !== 'postgres') throw new Error('COPY from a stream needs a PostgreSQL server');
  const columns = COLUMNS.map(([c]) => c).join(', ');
  const client = await raw.pool.connect();
  try {
    // Chunks are made as the server asks for them, so it parses one while we build the next.
    await pipeline(Readable.from(csvChunks(activities)), client.query(copyFrom(`copy activities (${columns}) from stdin with (format csv)`)));
  } finally {
    client.release();
  }
}

/** Loads activities as fast as the engine allows; returns how many rows were written. */
export async function bulkLoadActivities(db: Kysely<Database>, activities: readonly Activity[]): Promise<number> {
  if (activities.length === 0) return 0;
  if (rawClientOf(db).engine === 'pglite') await copyIntoPGlite(db, activities);
  else await copyIntoServer(db, activities);
  return activities.length;
}

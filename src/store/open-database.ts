// One entry point for both engines: PGlite (embedded, in a folder or in memory) by default, a
// PostgreSQL server when a connection string is given. Same migrations, same queries.
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { PGliteDialect } from './pglite-dialect.ts';

export type OpenDatabaseOptions =
  /** Embedded; `dataDir` is a folder, or the word `memory` for a database that lives as long as the process. */
  | { readonly engine: 'pglite'; readonly dataDir: string; readonly loadDataDir?: Blob }
  | { readonly engine: 'postgres'; readonly connectionString: string; readonly maxConnections?: number };

/** What the store needs beyond Kysely: COPY on the embedded engine, and the engine's name. */
export type RawClient = { readonly engine: 'pglite'; readonly pglite: PGlite } | { readonly engine: 'postgres'; readonly pool: pg.Pool };

const rawClients = new WeakMap<Kysely<Database>, RawClient>();

// Counts and sums arrive as int8/numeric, which pg returns as strings to avoid precision loss;
// our figures stay far below 2^53, so both engines read them as numbers, decided here only.
const INT8 = 20;
const NUMERIC = 1700;
const toNumber = (value: string) => Number(value);

export const PGLITE_EXTENSIONS = { unaccent, pg_trgm };

function readNumbersAsNumbers(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === INT8 || oid === NUMERIC) return toNumber;
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Kysely<Database>> {
  if (options.engine === 'pglite') {
    const pgliteOptions: PGliteOptions = {
      extensions: PGLITE_EXTENSIONS,
      parsers: { [INT8]: toNumber, [NUMERIC]: toNumber },
      ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
    };
    const pglite = options.dataDir === 'memory' ? await PGlite.create(pgliteOptions) : await PGlite.create(options.dataDir, pgliteOptions);
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    rawClients.set(db, { engine: 'pglite', pglite });
    return db;
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types: { getTypeParser: readNumbersAsNumbers },
  });
  // An idle connection the server closed (restart, drop with force) leaves the pool by itself;
  // without a listener pg would raise it as an uncaught exception.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  rawClients.set(db, { engine: 'postgres', pool });
  return db;
}

export function rawClientOf(db: Kysely<Database>): RawClient {
  const client = rawClients.get(db);
  if (client === undefined) throw new Error('this Kysely instance was not opened by openDatabase');
  return client;
}

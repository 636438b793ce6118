// Every store test runs on both engines, like Kysely's own DIALECTS loop: PGlite always, and
// PostgreSQL when TEST_DATABASE_URL names a server. Each test gets a fresh, migrated database
// cloned from a template made once per test file (a new PGlite costs seconds, a clone far less).
import { after, describe, test, type TestContext } from 'node:test';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { openDatabase, rawClientOf } from './open-database.ts';
import { prepareDatabase } from './prepare-database.ts';

export type EngineName = 'pglite' | 'postgres';

export interface DialectUnderTest {
  readonly engine: EngineName;
  /** A migrated, seeded, empty database that is closed (and dropped) when the test ends. */
  freshDatabase(t: TestContext): Promise<Kysely<Database>>;
}

let pgliteTemplate: Promise<Blob> | undefined;

function templateForPGlite(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const db = await openDatabase({ engine: 'pglite', dataDir: 'memory' });
    await prepareDatabase(db);
    const raw = rawClientOf(db);
    if (raw.engine !== 'pglite') throw new Error('expected an embedded database');
    const dump = await raw.pglite.dumpDataDir('none');
    await db.destroy();
    return dump;
  })();
  return pgliteTemplate;
}

const pglite: DialectUnderTest = {
  engine: 'pglite',
  async freshDatabase(t) {
    const db = await openDatabase({ engine: 'pglite', dataDir: 'memory', loadDataDir: await templateForPGlite() });
    t.after(() => db.destroy());
    return db;
  },
};

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

function createPostgres(serverUrl: string): DialectUnderTest {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const templateName = `mt_test_template_${suffix}`;
  const admin = new pg.Pool({ connectionString: serverUrl, max: 1 });
  let template: Promise<void> | undefined;
  let counter = 0;
  const created: string[] = [];
  const open = new Map<Kysely<Database>, Promise<void> | null>();
  // A test's own after-hook may still be closing its pool when the file's hook runs: share it.
  const close = (db: Kysely<Database>): Promise<void> => {
    const closing = open.get(db) ?? db.destroy();
    open.set(db, closing);
    return closing;
  };

  after(async () => {
    for (const db of [...open.keys()]) await close(db);
    if (template !== undefined) {
      await template.catch(() => undefined);
      for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
    }
    await admin.end();
  });

  return {
    engine: 'postgres',
    async freshDatabase(t) {
      template ??= (async () => {
        await admin.query(`create database ${templateName}`);
        created.push(templateName);
        const db = await openDatabase({ engine: 'postgres', connectionString: databaseUrl(serverUrl, templateName), maxConnections: 1 });
        await prepareDatabase(db);
        await db.destroy();
      })();
      await template;
      const name = `mt_test_${suffix}_${++counter}`;
      await admin.query(`create database ${name} template ${templateName}`);
      created.unshift(name);
      const db = await openDatabase({ engine: 'postgres', connectionString: databaseUrl(serverUrl, name), maxConnections: 4 });
      open.set(db, null);
      t.after(() => close(db));
      return db;
    },
  };
}

/** Declares `body`'s tests once per available engine, each inside a `describe` named after it. */
export function forEachDialect(body: (dialect: DialectUnderTest) => void): void {
  void describe('pglite', () => body(pglite));
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl === undefined || serverUrl === '') {
    void test('postgres', { skip: 'TEST_DATABASE_URL is not set: the PostgreSQL half of the store tests did not run' }, () => {});
    return;
  }
  const postgres = createPostgres(serverUrl);
  void describe('postgres', () => body(postgres));
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Mutex } from './pglite-dialect.ts';
import { forEachDialect } from './test-dialects.ts';

void test('the mutex hands the lock out in order, one holder at a time', async () => {
  const mutex = new Mutex();
  const events: string[] = [];
  const hold = async (name: string, ms: number) => {
    const release = await mutex.lock();
    events.push(`${name}+`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    events.push(`${name}-`);
    release();
  };
  await Promise.all([hold('a', 20), hold('b', 1), hold('c', 5)]);
  assert.deepEqual(events, ['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
});

forEachDialect((dialect) => {
  void test('concurrent transactions never see each other half-done', async (t) => {
    const db = await dialect.freshDatabase(t);
    await sql`create table counter (n integer not null)`.execute(db);
    await sql`insert into counter values (0)`.execute(db);
    // Read-then-write in each transaction: interleaving would lose increments.
    const increment = () =>
      db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ n: number }>`select n from counter for update`.execute(trx);
        await new Promise((resolve) => setTimeout(resolve, 2));
        await sql`update counter set n = ${(rows[0]?.n ?? 0) + 1}`.execute(trx);
      });
    await Promise.all(Array.from({ length: 10 }, increment));
    const { rows } = await sql<{ n: number }>`select n from counter`.execute(db);
    assert.equal(rows[0]?.n, 10);
  });

  void test('a failed transaction rolls back and releases the connection', async (t) => {
    const db = await dialect.freshDatabase(t);
    await sql`create table note (text text not null)`.execute(db);
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await sql`insert into note values ('kept?')`.execute(trx);
        await sql`insert into note values (null)`.execute(trx);
      }),
      /null value/,
    );
    const { rows } = await sql<{ n: number }>`select count(*) as n from note`.execute(db);
    assert.equal(rows[0]?.n, 0, 'count() comes back as a number on both engines');
  });

  void test('accent-folding and the language configurations are installed', async (t) => {
    const db = await dialect.freshDatabase(t);
    const { rows } = await sql<{ plain: string; matches: boolean }>`
      select mt_unaccent('Sécurité, formación, ação') as plain,
             mt_search_vector(null, 'cursos de formación', null, null) @@ to_tsquery('spanish', 'formacion') as matches`.execute(db);
    assert.deepEqual(rows[0], { plain: 'Securite, formacion, acao', matches: true });
  });
});

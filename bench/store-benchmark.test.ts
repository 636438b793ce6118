import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStoreBenchmark } from './store-benchmark.ts';

// A small run through the real store on PGlite (and PostgreSQL when the test command provides
// one): every engine must load every row and give the in-memory scan's answers.
void test('a small benchmark run loads every row and each engine answers as the scan does', async () => {
  const lines: string[] = [];
  const serverUrl = process.env.TEST_DATABASE_URL ?? null;
  const results = await runStoreBenchmark(
    { only: 'store', rows: 3000, dialect: serverUrl === null ? 'pglite' : null, order: 'shuffled', resultsFile: null },
    { serverUrl, log: (line) => lines.push(line), progress: () => undefined },
  );
  assert.equal(results.length, serverUrl === null ? 1 : 2);
  for (const result of results) {
    assert.equal(result.rows, 3000);
    // On a server the load is repeated into the emptied table; the answers below come after the last one.
    assert.equal(result.loadRuns.length, result.engine === 'postgres' ? 3 : 1);
    assert.equal(result.queries.length, 5);
    for (const query of result.queries) {
      assert.notEqual(query.agreement.status, 'differs', `${result.engine} ${query.label}: ${query.agreement.detail}`);
      assert.ok(query.storeMs > 0 && query.inMemoryMs > 0);
    }
  }
  const output = lines.join('\n');
  assert.match(output, /pglite +3,000 +load/);
  assert.match(output, /the targets are stated for 1,000,000 rows/);
});

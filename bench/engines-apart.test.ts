import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineName } from './store-target.ts';
import { runEnginesApart } from './engines-apart.ts';

// The real thing, small: each engine's benchmark in a process of its own, results gathered here.
void test('each engine runs in its own process and its results come back whole', async () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl !== undefined) process.env.BENCH_DATABASE_URL = serverUrl;
  const engines: EngineName[] = serverUrl === undefined ? ['pglite'] : ['pglite', 'postgres'];
  const lines: string[] = [];
  const results = await runEnginesApart({ only: 'store', rows: 1500, dialect: null, order: 'chronological', resultsFile: null }, engines, (line) => lines.push(line));
  assert.deepEqual(results.map((result) => result.engine), engines);
  for (const result of results) {
    assert.equal(result.rows, 1500);
    assert.equal(result.queries.length, 5);
    for (const query of result.queries) assert.equal(query.agreement.status, 'same', `${result.engine} ${query.label}`);
  }
  assert.match(lines.join('\n'), /the targets are stated for 1,000,000 rows/);
  if (engines.length > 1) assert.match(lines.join('\n'), /All engines/);
});

void test('an engine whose benchmark fails stops the run with its name', async () => {
  await assert.rejects(
    runEnginesApart({ only: 'store', rows: 1500, dialect: null, order: 'chronological', resultsFile: null }, ['nonsense' as EngineName], () => undefined),
    /the nonsense store benchmark stopped \(exit code 2\)/,
  );
});

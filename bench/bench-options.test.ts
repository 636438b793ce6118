import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_ROWS, parseBenchArgs } from './bench-options.ts';

void test('defaults: both benchmarks, a million rows, every engine available', () => {
  assert.deepEqual(parseBenchArgs([]), { ok: true, options: { only: null, rows: DEFAULT_ROWS, dialect: null, order: 'chronological', resultsFile: null } });
});

void test('flags with separate or inline values, thousands separators allowed', () => {
  assert.deepEqual(parseBenchArgs(['--rows', '20_000', '--only=store', '--dialect', 'pglite', '--order', 'shuffled', '--results-file', '/tmp/r.json']), {
    ok: true,
    options: { only: 'store', rows: 20000, dialect: 'pglite', order: 'shuffled', resultsFile: '/tmp/r.json' },
  });
  assert.deepEqual(parseBenchArgs(['--rows=1,000']), { ok: true, options: { only: null, rows: 1000, dialect: null, order: 'chronological', resultsFile: null } });
});

void test('bad values are refused with a message naming them', () => {
  const refused = (args: string[]) => {
    const parsed = parseBenchArgs(args);
    return parsed.ok ? '' : parsed.message;
  };
  assert.match(refused(['--rows', '-5']), /--rows.*-5/);
  assert.match(refused(['--rows']), /--rows.*nothing/);
  assert.match(refused(['--only', 'web']), /--only.*web/);
  assert.match(refused(['--order', 'random']), /--order.*random/);
  assert.match(refused(['--results-file']), /--results-file expects a path/);
  assert.match(refused(['--fast']), /unknown option --fast/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMs, formatTable } from './format-table.ts';
import { median, timeMedian } from './measure.ts';

void test('median of odd and even counts', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.throws(() => median([]));
});

void test('timeMedian warms up once, then times the requested runs', async () => {
  let calls = 0;
  const timing = await timeMedian(() => ++calls, 5);
  assert.equal(calls, 6);
  assert.equal(timing.runsMs.length, 5);
  assert.equal(timing.result, 6);
});

void test('tables pad text left and figures (and their headings) right', () => {
  const table = formatTable(['query', 'ms'], [['coverage', '12.5 ms'], ['matrix', '1,204 ms']]);
  assert.deepEqual(table.split('\n'), ['query           ms', '────────  ────────', 'coverage   12.5 ms', 'matrix    1,204 ms']);
  assert.equal(formatMs(0.421), '0.42 ms');
  assert.equal(formatMs(1234.4), '1,234 ms');
});

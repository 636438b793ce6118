import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstStartingAtOrAfter, partitionPoint } from './partition-point.ts';

void test('partitionPoint finds where a sorted condition turns false, at either end too', () => {
  const starts = [2, 5, 5, 9];
  for (let offset = 0; offset <= 10; offset += 1) {
    const expected = starts.findIndex((start) => start >= offset);
    assert.equal(partitionPoint(starts.length, (i) => (starts[i] ?? 0) < offset), expected === -1 ? starts.length : expected, `offset ${offset}`);
  }
  assert.equal(partitionPoint(0, () => true), 0);
});

void test('firstStartingAtOrAfter reads the start of each item', () => {
  const spans = [{ start: 0 }, { start: 4 }, { start: 4 }, { start: 12 }];
  assert.equal(firstStartingAtOrAfter(spans, 4), 1);
  assert.equal(firstStartingAtOrAfter(spans, 5), 3);
  assert.equal(firstStartingAtOrAfter(spans, 13), 4);
  assert.equal(firstStartingAtOrAfter([], 3), 0);
});

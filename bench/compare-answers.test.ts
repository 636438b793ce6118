import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRows } from './compare-answers.ts';

const key = (row: Readonly<Record<string, unknown>>) => String(row.country);

void test('the same rows in another order agree', () => {
  const rows = [{ country: 'JAM', participants: 5 }, { country: 'BRB', participants: 7 }];
  assert.deepEqual(compareRows(rows, [...rows].reverse(), key), { status: 'same', detail: '' });
});

void test('any difference, even one person, and missing or unexpected rows are errors', () => {
  const onePerson = compareRows([{ country: 'DMA', participants: 619 }], [{ country: 'DMA', participants: 618 }], key);
  assert.equal(onePerson.status, 'differs');
  assert.match(onePerson.detail, /DMA\.participants 619 vs 618/);
  assert.equal(compareRows([{ country: 'DMA', activityCount: 3 }], [{ country: 'DMA', activityCount: 4 }], key).status, 'differs');
  const result = compareRows([{ country: 'JAM' }], [{ country: 'BRB' }], key);
  assert.equal(result.status, 'differs');
  assert.match(result.detail, /1 missing \(JAM\), 1 unexpected \(BRB\)/);
});

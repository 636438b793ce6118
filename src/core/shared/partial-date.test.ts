import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  compareRanges,
  comparePartialDates,
  firstDayOf,
  lastDayOf,
  mayOverlap,
  parsePartialDate,
  parseSemester,
  semesterBounds,
} from './partial-date.ts';

test('parses the three precisions and rejects impossible dates', () => {
  assert.deepEqual(parsePartialDate('2011'), { year: 2011, month: null, day: null, precision: 'year' });
  assert.equal(parsePartialDate('2011-02')?.precision, 'month');
  assert.equal(parsePartialDate('2012-02-29')?.precision, 'day');
  assert.equal(parsePartialDate('2011-02-29'), null);
  assert.equal(parsePartialDate('2011-13'), null);
  assert.equal(parsePartialDate('11-02'), null);
  assert.equal(parsePartialDate('2011-2'), null);
});

test('a partial date covers a whole period', () => {
  assert.equal(firstDayOf('2011'), '2011-01-01');
  assert.equal(lastDayOf('2011'), '2011-12-31');
  assert.equal(lastDayOf('2011-02'), '2011-02-28');
  assert.equal(lastDayOf('2012-02'), '2012-02-29');
  assert.equal(firstDayOf('2011-10-05'), '2011-10-05');
});

test('compares at the coarser precision', () => {
  assert.equal(comparePartialDates('2011', '2011-03'), 0);
  assert.equal(comparePartialDates('2011-02', '2011-03-05'), -1);
  assert.equal(comparePartialDates('2012', '2011-12-31'), 1);
});

test('overlap respects precision and open ends', () => {
  assert.equal(mayOverlap({ start: '2011-02', end: '2011-03' }, { start: '2011-03-15', end: '2011-03-15' }), true);
  assert.equal(mayOverlap({ start: '2011-02', end: '2011-02' }, { start: '2011-03', end: '2011-04' }), false);
  assert.equal(mayOverlap({ start: '2010', end: null }, { start: '2010-06', end: '2010-06' }), true);
  assert.equal(mayOverlap({ start: null, end: null }, { start: '2010', end: '2010' }), false);
});

test('ranges sort by start with unknown dates last', () => {
  const ranges = [
    { start: null, end: null },
    { start: '2011-10', end: '2011-10' },
    { start: '2011', end: '2011' },
    { start: '2011-02-14', end: '2011-02-15' },
  ];
  assert.deepEqual([...ranges].sort(compareRanges).map((r) => r.start), ['2011', '2011-02-14', '2011-10', null]);
});

test('semesters', () => {
  assert.deepEqual(parseSemester('2011-H2'), { year: 2011, half: 2 });
  assert.equal(parseSemester('2011-H3'), null);
  assert.deepEqual(semesterBounds({ year: 2011, half: 1 }), { from: '2011-01-01', to: '2011-06-30' });
});

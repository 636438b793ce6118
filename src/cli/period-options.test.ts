import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodFromOptions, currentSemester } from './period-options.ts';

test('each way of naming a period', () => {
  assert.deepEqual(periodFromOptions({ semester: '2011-H2' }), { from: '2011-07-01', to: '2011-12-31' });
  assert.deepEqual(periodFromOptions({ year: '2012' }), { from: '2012-01-01', to: '2012-12-31' });
  assert.deepEqual(periodFromOptions({ from: '2011-02', to: '2011-03' }), { from: '2011-02-01', to: '2011-03-31' });
  assert.equal(periodFromOptions({}), null);
});

test('bad periods are refused with the flag named', () => {
  assert.throws(() => periodFromOptions({ semester: '2011-S2' }), /--semester/);
  assert.throws(() => periodFromOptions({ from: '2012', to: '2011' }), /before --from/);
  assert.throws(() => periodFromOptions({ from: 'March' }), /--from/);
});

test('the current semester follows the calendar', () => {
  assert.deepEqual(currentSemester(new Date(Date.UTC(2026, 10, 24))), { from: '2026-07-01', to: '2026-12-31' });
});

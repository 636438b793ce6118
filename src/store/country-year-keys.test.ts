import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryYearKeys, countryYearQuery, LONG_SPAN_YEARS } from './country-year-keys.ts';

void test('an activity gets one key per country and calendar year it may touch', () => {
  assert.deepEqual(countryYearKeys(['JAM', 'TTO'], '2014-12-17', '2015-01-02'), ['JAM@2014', 'JAM@2015', 'TTO@2014', 'TTO@2015']);
  assert.deepEqual(countryYearKeys(['BRB'], '2011-01-01', '2011-12-31'), ['BRB@2011']);
});

void test('undated activities and activities without a country get no key', () => {
  assert.deepEqual(countryYearKeys(['JAM'], null, null), []);
  assert.deepEqual(countryYearKeys([], '2011-01-01', '2011-12-31'), []);
});

void test('a span longer than the limit gets the any-year key, which every period question asks for', () => {
  const from = '1990-01-01';
  const to = `${1990 + LONG_SPAN_YEARS}-12-31`;
  assert.deepEqual(countryYearKeys(['JAM'], from, to), ['JAM@*']);
  assert.equal(countryYearKeys(['JAM'], from, `${1990 + LONG_SPAN_YEARS - 1}-12-31`).length, LONG_SPAN_YEARS);
  assert.ok(countryYearQuery('JAM', '2015-01-01', '2015-12-31').includes('JAM@*'));
});

void test('a period question asks for each year it covers', () => {
  assert.deepEqual(countryYearQuery('JAM', '2014-07-01', '2015-06-30'), ['JAM@*', 'JAM@2014', 'JAM@2015']);
});

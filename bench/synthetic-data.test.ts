import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Activity } from '../src/core/activities/activity.ts';
import { validateDataset } from '../src/core/dataset/validate-dataset.ts';
import { parseInstrumentSymbol } from '../src/core/instruments/symbol.ts';
import { COUNTRIES } from '../src/core/reference/countries.ts';
import { apportionYears, DEFAULT_SYNTHETIC_OPTIONS, generateActivityBatches, generateReferenceData } from './synthetic-data.ts';

const EMPTY_KEYS = {
  instrumentSymbols: new Set<string>(), mandateKeys: new Set<string>(), organisationAcronyms: new Set<string>(),
  plannedOutputIds: new Set<string>(), activityIds: new Set<string>(), ids: new Set<string>(),
};

function collect(count: number, batchSize: number): Activity[] {
  const reference = generateReferenceData();
  return [...generateActivityBatches(reference, count, batchSize)].flat();
}

void test('reference data spans ten years with hundreds of mandates, each renewing the year before', () => {
  const reference = generateReferenceData();
  assert.ok(reference.mandates.length >= 300, `only ${reference.mandates.length} mandates`);
  const years = new Set(reference.instruments.map((i) => i.year));
  assert.ok(years.has(2011) && years.has(2020));
  const renewed = reference.mandates.filter((m) => m.renews !== null);
  assert.ok(renewed.length > reference.mandates.length / 2);
  const keys = new Set(reference.mandates.map((m) => `${m.instrument}#${m.paragraph}`));
  for (const mandate of renewed) assert.ok(keys.has(`${mandate.renews?.instrument}#${mandate.renews?.paragraph}`));
});

void test('instrument symbols are already in canonical form', () => {
  for (const instrument of generateReferenceData().instruments) {
    const parsed = parseInstrumentSymbol(instrument.symbol);
    assert.equal(parsed.isRecognised, true, instrument.symbol);
    assert.equal(parsed.canonical, instrument.symbol);
  }
});

void test('the same seed gives the same activities whatever the batch size', () => {
  const a = collect(3000, 1000);
  const b = collect(3000, 700);
  assert.equal(a.length, 3000);
  assert.deepEqual(a, b);
});

void test('batches never exceed the requested size', () => {
  const sizes = [...generateActivityBatches(generateReferenceData(), 2500, 1000)].map((batch) => batch.length);
  assert.deepEqual(sizes, [1000, 1000, 500]);
});

void test('a generated dataset passes the core validation, references included', () => {
  const reference = generateReferenceData();
  const activities = collect(2000, 500);
  const problems = validateDataset({ ...reference, activities }, EMPTY_KEYS, (code) => COUNTRIES.some((c) => c.iso3 === code));
  assert.deepEqual(problems.slice(0, 5), []);
});

void test('distributions look like a secretariat: mostly national, mostly 10 to 300 people, mixed precision', () => {
  const activities = collect(20000, 5000);
  const share = (predicate: (a: Activity) => boolean) => activities.filter(predicate).length / activities.length;
  assert.ok(share((a) => a.participatingCountries.length === 1) > 0.4);
  assert.ok(share((a) => a.participatingCountries.length >= 10) > 0.02);
  assert.ok(share((a) => a.participatingCountries.length <= 12) === 1);
  assert.ok(share((a) => a.venues.length >= 1 && a.venues.length <= 3) === 1);
  assert.ok(share((a) => (a.participants?.total ?? 0) >= 10 && (a.participants?.total ?? 0) <= 300) > 0.8);
  assert.ok(share((a) => a.participants?.qualifier === 'about') > 0.05);
  assert.ok(share((a) => a.dates.start?.length === 4) > 0.05);
  assert.ok(share((a) => a.dates.start?.length === 7) > 0.2);
  assert.ok(share((a) => a.dates.start?.length === 10) > 0.5);
  assert.ok(share((a) => a.mandates.length === 2) > 0.05);
  assert.ok(share((a) => a.mandates.length >= 1 && a.mandates.length <= 2) === 1);
  assert.equal(new Set(activities.flatMap((a) => a.participatingCountries)).size, 35);
});

void test('rows are shared between years in proportion, adding up to the count asked for', () => {
  for (const count of [1, 7, 1000, 999_999]) {
    const counts = apportionYears(count, DEFAULT_SYNTHETIC_OPTIONS);
    assert.equal(counts.length, 10);
    assert.equal(counts.reduce((sum, n) => sum + n, 0), count);
  }
  const counts = apportionYears(1450, DEFAULT_SYNTHETIC_OPTIONS);
  // Weights 10…19 over 145: exactly 100 to 190.
  assert.deepEqual(counts, [100, 110, 120, 130, 140, 150, 160, 170, 180, 190]);
});

void test('chronological order fills the years one after the other; shuffled mixes them', () => {
  const reference = generateReferenceData();
  const yearsOf = (order: 'chronological' | 'shuffled') =>
    [...generateActivityBatches(reference, 3000, 1000, DEFAULT_SYNTHETIC_OPTIONS, order)].flat().flatMap((a) => (a.dates.start === null ? [] : [Number(a.dates.start.slice(0, 4))]));
  const chronological = yearsOf('chronological');
  assert.deepEqual(chronological, [...chronological].sort((a, b) => a - b));
  assert.equal(new Set(chronological).size, 10);
  const shuffled = yearsOf('shuffled');
  assert.notDeepEqual(shuffled, [...shuffled].sort((a, b) => a - b));
  assert.equal(new Set(shuffled).size, 10);
});

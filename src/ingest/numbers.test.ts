import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers, findParticipantCounts, parseNumber } from './numbers.ts';

void test('parseNumber reads digits with the thousands separators of each language', () => {
  assert.equal(parseNumber('261'), 261);
  assert.equal(parseNumber('1.300'), 1300);
  assert.equal(parseNumber('1 300'), 1300);
  assert.equal(parseNumber('1\u00a0300'), 1300);
  assert.equal(parseNumber('1,300'), 1300);
  assert.equal(parseNumber('12 500 000'), 12500000);
  assert.equal(parseNumber('1.30'), null);
  assert.equal(parseNumber('abc'), null);
  assert.equal(parseNumber(''), null);
});

void test('parseNumber reads numbers written in words in four languages', () => {
  assert.equal(parseNumber('vingt-quatre', 'fr'), 24);
  assert.equal(parseNumber('quatre-vingt-dix', 'fr'), 90);
  assert.equal(parseNumber('deux cents', 'fr'), 200);
  assert.equal(parseNumber('vingt et un', 'fr'), 21);
  assert.equal(parseNumber('twenty-four', 'en'), 24);
  assert.equal(parseNumber('three hundred and twelve', 'en'), 312);
  assert.equal(parseNumber('veinticuatro', 'es'), 24);
  assert.equal(parseNumber('doscientos treinta y dos', 'es'), 232);
  assert.equal(parseNumber('vinte e quatro', 'pt'), 24);
  assert.equal(parseNumber('twenty-four'), 24);
  assert.equal(parseNumber('vingt-quatre cours', 'fr'), null);
});

void test('findNumbers keeps the qualifier written before a number', () => {
  const sample = 'Le cours a réuni plus de 1 300 agents et près de quarante formateurs.';
  const found = findNumbers(sample, 'fr').map((m) => [m.value, m.qualifier]);
  assert.deepEqual(found, [[1300, 'at_least'], [40, 'about']]);
  const english = findNumbers('It trained about 120 officers and more than twenty judges.', 'en');
  assert.deepEqual(english.map((m) => [m.value, m.qualifier]), [[120, 'about'], [20, 'at_least']]);
  const spanish = findNumbers('Asistieron alrededor de 45 fiscales y más de 10 jueces.', 'es');
  assert.deepEqual(spanish.map((m) => [m.value, m.qualifier]), [[45, 'about'], [10, 'at_least']]);
  const portuguese = findNumbers('Participaram cerca de 80 policiais e mais de 5 peritos.', 'pt');
  assert.deepEqual(portuguese.map((m) => [m.value, m.qualifier]), [[80, 'about'], [5, 'at_least']]);
});

void test('findParticipantCounts tells head counts from years, paragraphs and sums of money', () => {
  const sample =
    'En 2013, conformément au paragraphe 5, 48 fonctionnaires de 7 États ont suivi ce cours, qui a coûté 25 000 dollars.';
  assert.deepEqual(findParticipantCounts(sample, 'fr').map((m) => m.value), [48]);
  const english = 'In 2014, 2015 and 2016 the programme trained 1,250 customs officers from 9 countries.';
  assert.deepEqual(findParticipantCounts(english, 'en').map((m) => m.value), [1250]);
  const spanish = 'Se capacitó a veinticuatro puntos de contacto nacionales en 2012.';
  assert.deepEqual(findParticipantCounts(spanish, 'es').map((m) => m.value), [24]);
  const english2 = 'The seminar brought together 24 national contact points.';
  assert.deepEqual(findParticipantCounts(english2, 'en').map((m) => m.value), [24]);
});

void test('a year followed by a count is two numbers, not one', () => {
  const sample = 'Pendant l’année 2011, 206 fonctionnaires ont participé.';
  assert.deepEqual(findNumbers(sample, 'fr').map((m) => m.value), [2011, 206]);
});

void test('numbers never throw on odd input', () => {
  assert.deepEqual(findNumbers('', 'fr'), []);
  const long = '9'.repeat(100000);
  assert.deepEqual(findNumbers(long, 'en'), []);
  assert.ok(Array.isArray(findNumbers('1 '.repeat(100000), 'fr')));
});

void test('findNumbers reads a number grouped in thousands inside a sentence', () => {
  assert.deepEqual(findNumbers('Un budget de 12 500 000 et 3.400 agents.', 'fr').map((m) => m.value), [12500000, 3400]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedActivity, Language } from './extraction.ts';
import { extractDocument } from './extract-document.ts';

function extract(text: string, language: Language, kind: 'report' | 'workplan' = 'report'): ExtractedActivity[] {
  return [...extractDocument(text, { source: 'sample.txt', language, kind }).activities];
}

const french = [
  '2. Contrôle des frontières',
  '',
  'En exécution du paragraphe 5b du dispositif de la résolution AG/RES. 2700 (XLII-O/12), le Département de la sécurité publique a organisé deux ateliers, le premier au Pérou en mars 2013 et le second au Chili en mai 2013. 48 agents y ont été formés.',
  'Un séminaire sur le contrôle des conteneurs a eu lieu au Panama du 13 au 15 juin 2013 ; plus de 1 300 personnes l’ont suivi en ligne.',
  'Un nouveau cours aura lieu prochainement en Équateur.',
].join('\n');

void test('a French report gives one activity per event, with its dates, places, counts and mandate', () => {
  const activities = extract(french, 'fr');
  const brief = activities.map((a) => [a.type, a.start, a.end, a.venues.join('+'), a.participants?.count ?? null, a.status]);
  assert.deepEqual(brief, [
    ['workshop', '2013-03', '2013-03', 'PER', null, 'done'],
    ['workshop', '2013-05', '2013-05', 'CHL', null, 'done'],
    ['seminar', '2013-06-13', '2013-06-15', 'PAN', 1300, 'done'],
    ['course', null, null, 'ECU', null, 'planned'],
  ]);
  assert.equal(activities[2]?.participants?.qualifier, 'at_least');
  for (const activity of activities) {
    assert.deepEqual(activity.mandates, [{ instrument: 'AG/RES. 2700 (XLII-O/12)', paragraph: '5.b' }]);
    assert.ok(activity.organizations.includes('DPS'));
  }
});

void test('an English report: a series reported as one unit keeps one record with several venues', () => {
  const text = 'In 2014, 120 officials attended national workshops in Belize, Guyana and Suriname. A regional meeting will be held in Jamaica in October 2015.';
  const brief = extract(text, 'en').map((a) => [a.type, a.start, [...a.venues].sort().join('+'), a.participants?.count ?? null, a.status]);
  assert.deepEqual(brief, [
    ['workshop', '2014', 'BLZ+GUY+SUR', 120, 'done'],
    ['meeting', '2015-10', 'JAM', null, 'planned'],
  ]);
});

void test('a Spanish report: day ranges, word numbers and the future tense', () => {
  const text = 'Se realizó un taller en Colombia del 13 al 31 de octubre de 2014, con veinticuatro participantes. El próximo curso se llevará a cabo en Honduras.';
  const brief = extract(text, 'es').map((a) => [a.type, a.start, a.end, a.venues.join('+'), a.participants?.count ?? null, a.status]);
  assert.deepEqual(brief, [
    ['workshop', '2014-10-13', '2014-10-31', 'COL', 24, 'done'],
    ['course', null, null, 'HND', null, 'planned'],
  ]);
});

void test('a Portuguese report: two events with their own dates and places are two records', () => {
  const text = 'Foram realizados dois seminários, um no Brasil em março de 2012 e outro no Paraguai em agosto de 2012. O curso será realizado na Bolívia.';
  const brief = extract(text, 'pt').map((a) => [a.type, a.start, a.venues.join('+'), a.status]);
  assert.deepEqual(brief, [
    ['seminar', '2012-03', 'BRA', 'done'],
    ['seminar', '2012-08', 'PRY', 'done'],
    ['course', null, 'BOL', 'planned'],
  ]);
});

void test('extraction never throws and returns an extraction for any string', () => {
  for (const text of ['', '\u0000\u0001\ufffd', 'atelier '.repeat(20000), '« '.repeat(10000), '2011 '.repeat(20000)]) {
    const result = extractDocument(text, { source: 'x', language: 'fr', kind: 'report' });
    assert.ok(Array.isArray(result.activities));
  }
});

void test('a single line of 10 MB is read, in time that grows linearly with its length', () => {
  const unit = 'Un atelier a eu lieu à la Jamaïque en mars 2011 avec 20 agents ';
  const timeFor = (size: number): { ms: number; count: number } => {
    const text = unit.repeat(Math.ceil(size / unit.length));
    const started = performance.now();
    const result = extractDocument(text, { source: 'x', language: 'fr', kind: 'report' });
    return { ms: performance.now() - started, count: result.activities.length };
  };
  const small = timeFor(1_000_000);
  const large = timeFor(10_000_000);
  assert.ok(large.count > small.count);
  // Ten times the text may take at most about ten times as long (with room for a noisy machine).
  assert.ok(large.ms < small.ms * 20 + 2000, `1 MB: ${Math.round(small.ms)} ms, 10 MB: ${Math.round(large.ms)} ms`);
});

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/000_c251e8c10745a916.txt');

void test('the visible corpus report yields its mandates and dozens of activities', { skip: existsSync(corpus) ? false : 'corpus not present (../shared/corpus)' }, () => {
  const text = readFileSync(corpus, 'utf8');
  const extraction = extractDocument(text, { source: '000.txt', language: 'fr', kind: 'report' });
  assert.ok(extraction.mandates.some((m) => m.instrument === 'AG/RES. 2619 (XLI-O/11)' && m.paragraph === '4.b'));
  assert.ok(extraction.activities.length >= 40);
  assert.ok(extraction.activities.every((a) => a.source.end > a.source.start));
});

void test('pathological repetitions of event words, dates and numbers stay fast', () => {
  for (const text of ['atelier '.repeat(500_000), 'atelier en mars 2011 '.repeat(200_000), '1 '.repeat(2_000_000), 'cours de 12 agents. '.repeat(200_000)]) {
    const started = performance.now();
    const result = extractDocument(text, { source: 'x', language: 'fr', kind: 'report' });
    assert.ok(Array.isArray(result.activities));
    assert.ok(performance.now() - started < 15_000, `${text.slice(0, 20)}…: ${Math.round(performance.now() - started)} ms`);
  }
});

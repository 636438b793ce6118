import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Language } from './extraction.ts';
import { findDates, findDateWindows, resolveDate } from './dates.ts';
import { seededRandom } from './test-random.ts';
import { tokenizeText } from './tokenized-text.ts';

function datesIn(text: string, language: Language, contextYear: number | null = null, documentYear: number | null = null): (string | null)[][] {
  return findDates(text, language).map((m) => {
    const resolved = resolveDate(m, contextYear, documentYear);
    return resolved ? [resolved.start, resolved.end] : [null, null];
  });
}

void test('French dates keep the precision the text gives', () => {
  assert.deepEqual(datesIn('Deux visites ont eu lieu en février-mars 2011.', 'fr'), [['2011-02', '2011-03']]);
  assert.deepEqual(datesIn('Le centre a fonctionné au cours de l’année 2010.', 'fr'), [['2010', '2010']]);
  assert.deepEqual(datesIn('La rencontre s’est tenue les 11 et 12 septembre 2013.', 'fr'), [['2013-09-11', '2013-09-12']]);
  assert.deepEqual(datesIn('Un stage a eu lieu du 13 au 31 octobre 2014 à Quito.', 'fr'), [['2014-10-13', '2014-10-31']]);
  assert.deepEqual(datesIn('Les livraisons se feront d’avril à mai 2012.', 'fr'), [['2012-04', '2012-05']]);
  assert.deepEqual(datesIn('Le projet a couru de septembre 2009 à septembre 2012.', 'fr'), [['2009-09', '2012-09']]);
  assert.deepEqual(datesIn('Signé le 1er juin 2015.', 'fr'), [['2015-06-01', '2015-06-01']]);
  assert.deepEqual(datesIn('Le programme s’étend de 2011 à 2015, puis 2016-2018.', 'fr'), [['2011', '2015'], ['2016', '2018']]);
  assert.deepEqual(datesIn('Les cours du premier semestre 2011.', 'fr'), [['2011-01', '2011-06']]);
});

void test('a month alone takes its year from the context, and relative years resolve', () => {
  assert.deepEqual(datesIn('Une autre session a suivi en octobre.', 'fr', 2011), [['2011-10', '2011-10']]);
  assert.deepEqual(datesIn('Une autre session a suivi en octobre.', 'fr', null), [[null, null]]);
  assert.deepEqual(datesIn('Les prochaines sessions auront lieu cette année.', 'fr', 2011, 2012), [['2012', '2012']]);
  assert.deepEqual(datesIn('Une réunion avait eu lieu l’année précédente.', 'fr', 2011, 2012), [['2010', '2010']]);
  assert.deepEqual(datesIn('Les résultats seront prêts fin mars 2012.', 'fr'), [[null, '2012-03']]);
});

void test('English dates', () => {
  assert.deepEqual(datesIn('A course ran from 13 to 31 October 2014.', 'en'), [['2014-10-13', '2014-10-31']]);
  assert.deepEqual(datesIn('Two visits took place in February–March 2011.', 'en'), [['2011-02', '2011-03']]);
  assert.deepEqual(datesIn('It met on 11 and 12 September 2013 and again on March 5, 2014.', 'en'), [['2013-09-11', '2013-09-12'], ['2014-03-05', '2014-03-05']]);
  assert.deepEqual(datesIn('From April to May 2012 the kits were delivered.', 'en'), [['2012-04', '2012-05']]);
  assert.deepEqual(datesIn('States may ask for help; in May the board met.', 'en', 2012), [['2012-05', '2012-05']]);
  assert.deepEqual(datesIn('During 2010 and in the first half of 2011.', 'en'), [['2010', '2010'], ['2011-01', '2011-06']]);
});

void test('Spanish and Portuguese dates', () => {
  assert.deepEqual(datesIn('El curso se dictó del 13 al 31 de octubre de 2014.', 'es'), [['2014-10-13', '2014-10-31']]);
  assert.deepEqual(datesIn('Se reunieron los días 11 y 12 de septiembre de 2013.', 'es'), [['2013-09-11', '2013-09-12']]);
  assert.deepEqual(datesIn('Entregas de abril a mayo de 2012.', 'es'), [['2012-04', '2012-05']]);
  assert.deepEqual(datesIn('O curso foi realizado de 13 a 31 de outubro de 2014.', 'pt'), [['2014-10-13', '2014-10-31']]);
  assert.deepEqual(datesIn('Uma missão ocorreu em março de 2011.', 'pt'), [['2011-03', '2011-03']]);
});

void test('symbols and paragraph numbers are not years', () => {
  assert.deepEqual(datesIn('Selon la résolution AG/RES. 2005 (XXXV-O/05) et le document CP/doc.2011/12.', 'fr'), []);
});

void test('dates never throw on odd input', () => {
  assert.deepEqual(findDates('', 'fr'), []);
  assert.ok(Array.isArray(findDates('du '.repeat(50000), 'fr')));
  assert.ok(Array.isArray(findDates('\u0000\uffff'.repeat(1000), 'en')));
});

void test('dates found from a document read whole match those found by reading its characters, at any range', () => {
  // Month and year words touching letters beyond ASCII, digits and marks, which a range may cut.
  const anchors = ['mars', 'xmars', 'œmars', 'marsœ', 'ajuin', '2014', '19490', '1949', '1950', '2099', 'x2013', 'septembre', 'juin-juillet', 'du 3 au 5 mai 2012', 'l’année précédente', 'cette année', '🙂', 'Œ'];
  const fillers = ['réunion', 'ateliers', 'de', 'à', ' ', ' ', ' ', ', ', '\n'];
  const random = seededRandom(5);
  const parts: string[] = [];
  // Anchors stay sparse, so that a window missed or added changes what is found.
  while (parts.join('').length < 6_000) {
    const pieces = random() < 0.08 ? anchors : fillers;
    parts.push(pieces[Math.floor(random() * pieces.length)] ?? ' ');
  }
  const text = parts.join('');
  const ranges: [number, number][] = Array.from({ length: 600 }, () => {
    const start = Math.floor(random() * text.length);
    return [start, Math.min(text.length, start + Math.floor(random() * 400))];
  });
  // Ranges that cut a word just before a month ("xmars" read from "m"), and words with a letter beyond ASCII.
  for (const word of ['xmars', 'œmars', 'marsœ', 'x2013']) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) ranges.push([at + 1, Math.min(text.length, at + 200)], [at, Math.min(text.length, at + 200)]);
  }
  assert.ok(ranges.length > 620, 'the text holds the words the ranges cut');
  const byCharacters = ranges.map(([start, end]) => ({ windows: findDateWindows(text, 'fr', start, end), dates: findDates(text, 'fr', start, end) }));
  tokenizeText(text);
  ranges.forEach(([start, end], index) => {
    assert.deepEqual({ windows: findDateWindows(text, 'fr', start, end), dates: findDates(text, 'fr', start, end) }, byCharacters[index], `range ${start}-${end}`);
  });
});

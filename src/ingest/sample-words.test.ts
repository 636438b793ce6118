import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText } from '../core/reference/fold-text.ts';
import { countLetter, countPhrases, firstPhraseIndex, sampleWords } from './sample-words.ts';
import { randomPieces, seededRandom } from './test-random.ts';
import { wordOfId } from './word-table.ts';

void test('sample words are the folded runs of letters and apostrophes, a lone apostrophe left out', () => {
  const sample = sampleWords("L'équipe a été formée ' à Brasília en 2014 ; ''cité''");
  const words = ["l'equipe", 'a', 'ete', 'formee', 'a', 'brasilia', 'en', "''cite''"];
  assert.equal(sample.ids.length, words.length);
  assert.equal(countPhrases(sample, ['a']), 2);
  assert.equal(countPhrases(sample, ["''cite''"]), 1);
  assert.equal(countPhrases(sample, ['2014', 'equipe']), 0);
});

void test('phrase counts add up a list, count a repeated entry twice and never overlap one phrase with itself', () => {
  const sample = sampleWords('a été a été a été. Plan de travail, plan de travail; a a a');
  assert.equal(countPhrases(sample, ['a ete']), 3);
  assert.equal(countPhrases(sample, ['a ete', 'a ete']), 6);
  assert.equal(countPhrases(sample, ['ete a']), 2);
  assert.equal(countPhrases(sample, ['a a']), 1);
  assert.equal(countPhrases(sample, ['plan de travail', 'de', 'travail']), 6);
  assert.equal(countPhrases(sample, ['plan-de travail', 'a  ete', ' a']), 0);
});

void test('the first phrase of a list is found by the index of its first word', () => {
  const sample = sampleWords('Rapport annuel sur le plan de travail et le rapport');
  assert.equal(firstPhraseIndex(sample, ['plan de travail']), 4);
  assert.equal(firstPhraseIndex(sample, ['plan de travail', 'rapport']), 0);
  assert.equal(firstPhraseIndex(sample, ['programme de travail']), -1);
});

void test('letters are counted in either case, as in the lower-cased sample', () => {
  const sample = sampleWords('Ñandú, ñu y Ñ; œuvre, Œuvre');
  assert.equal(countLetter(sample, 'ñ'), 3);
  assert.equal(countLetter(sample, 'œ'), 2);
  assert.equal(countLetter(sample, '¿'), 0);
});

void test('sample words read from the document\'s words are the runs of letters and apostrophes of the folded sample', () => {
  const pieces = ["l'", "d'", "''", "'", '’', 'été', 'Œuvre', 'abc2def', 'x4', '2014', 'œ', 'ß', 'e\u0301t\u0301e', 'qu’il', 'ab-cd', ' ', ' ', ', ', '\n', 'mot', 'Straße', "a'b'c", "'z"];
  const random = seededRandom(17);
  for (let round = 0; round < 60; round += 1) {
    const length = 50 + Math.floor(random() * 3_000);
    // A combining accent makes the detectors fold the sample again: only every fourth text has one.
    const allowed = round % 4 === 0 ? pieces : pieces.filter((piece) => !piece.includes('\u0301'));
    const text = randomPieces(allowed, length, random).join('');
    const limit = 1 + Math.floor(random() * text.length * 1.2);
    // The definition the detectors were written against: foldText, then split on anything else.
    const expected = foldText(text.slice(0, limit)).split(/[^a-z']+/).filter((word) => word !== '' && word !== "'");
    assert.deepEqual([...sampleWords(text, limit).ids].map(wordOfId), expected, `round ${round}: ${JSON.stringify(text.slice(0, 80))}… limit ${limit}`);
  }
});

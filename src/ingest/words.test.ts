import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomPieces, seededRandom } from './test-random.ts';
import { tokenizeText } from './tokenized-text.ts';
import { LexiconPhrases, stripElision, tokenizeWords } from './words.ts';

void test('tokenizeWords folds accents and case and keeps offsets into the original', () => {
  const text = 'Réunion à Saint-Kitts-et-Nevis, l’Équateur';
  const words = tokenizeWords(text);
  assert.deepEqual(words.map((w) => w.key), ['reunion', 'a', 'saint-kitts-et-nevis', "l'equateur"]);
  assert.equal(text.slice(words[2]?.start, words[2]?.end), 'Saint-Kitts-et-Nevis');
  assert.equal(stripElision("l'equateur"), 'equateur');
});

void test('LexiconPhrases finds the longest phrase at a word, elided articles allowed', () => {
  const index = new LexiconPhrases(['table ronde', 'table', 'a exception']);
  const words = tokenizeWords('une table ronde, à l’exception de');
  assert.equal(index.matchAt(words, 1), 2);
  assert.equal(index.matchAt(words, 3), 2);
  assert.equal(index.matchAt(words, 0), 0);
});

void test('tokenizeWords joins runs only across an inner hyphen or apostrophe, and reads letters beyond the BMP', () => {
  const keys = (text: string): string[] => tokenizeWords(text).map((w) => w.key);
  assert.deepEqual(keys("--a ''b a'-b c- -d x'y-z"), ['a', 'b', 'a', 'b', 'c', 'd', "x'y-z"]);
  assert.deepEqual(keys('𝐀𝐁c 12-3'), ['𝐀𝐁c', '12-3']);
  // A lone surrogate is no letter: it splits words instead of joining them.
  assert.deepEqual(keys('ab\ud800cd'), ['ab', 'cd']);
});

void test('tokenizeWords gives the same words for a range of a long text as for the range alone', () => {
  const sentence = 'Le Secrétariat a tenu l’atelier régional à Port-d’Espagne en 2014. ';
  const text = sentence.repeat(200);
  const start = sentence.length * 57 + 3;
  const end = start + sentence.length * 2;
  const inRange = tokenizeWords(text, start, end).map((w) => ({ ...w, start: w.start - start, end: w.end - start }));
  assert.deepEqual(inRange, tokenizeWords(text.slice(start, end)));
});

void test('stripElision drops only an article of one or two letters', () => {
  assert.equal(stripElision("d'avril"), 'avril');
  assert.equal(stripElision("qu'il"), 'il');
  assert.equal(stripElision("abc'd"), "abc'd");
  assert.equal(stripElision("'a'b"), "'a'b");
  assert.equal(stripElision('avril'), 'avril');
});

void test('tokenizeWords gives the same words from a document read whole as from the character loop, at any range', () => {
  // Elisions, hyphens, dashes and quotes at every place a range may cut, and a letter beyond the BMP.
  const pieces = ["l'atelier", 'Saint-Kitts-et-Nevis', "d'", '-x', "qu'-", 'a--b', 'é', 'Œuvre', '𝐀𝐁c', '2014-2015', "’", '«', ' ', '\n', '12.5', 'x'];
  const random = seededRandom(11);
  const text = randomPieces(pieces, 6_000, random).join('');
  tokenizeText(text);
  for (let round = 0; round < 400; round += 1) {
    const start = Math.floor(random() * text.length);
    const end = Math.min(text.length, start + Math.floor(random() * 300));
    const alone = tokenizeWords(text.slice(start, end)).map((w) => ({ key: w.key, start: w.start + start, end: w.end + start }));
    assert.deepEqual(tokenizeWords(text, start, end).map((w) => ({ key: w.key, start: w.start, end: w.end })), alone, `range ${start}-${end}`);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseIndex, stripElision, tokenizeWords } from './words.ts';

void test('tokenizeWords folds accents and case and keeps offsets into the original', () => {
  const text = 'Réunion à Saint-Kitts-et-Nevis, l’Équateur';
  const words = tokenizeWords(text);
  assert.deepEqual(words.map((w) => w.key), ['reunion', 'a', 'saint-kitts-et-nevis', "l'equateur"]);
  assert.equal(text.slice(words[2]?.start, words[2]?.end), 'Saint-Kitts-et-Nevis');
  assert.equal(stripElision("l'equateur"), 'equateur');
});

void test('PhraseIndex finds the longest phrase at a word, elided articles allowed', () => {
  const index = new PhraseIndex(['table ronde', 'table', 'a exception']);
  const words = tokenizeWords('une table ronde, à l’exception de');
  assert.equal(index.matchAt(words, 1), 2);
  assert.equal(index.matchAt(words, 3), 2);
  assert.equal(index.matchAt(words, 0), 0);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectKind } from './detect-kind.ts';
import { detectLanguage } from './detect-language.ts';
import { extractDocument } from './extract-document.ts';
import { hashChars, idOfChars, idOfWord, startDocumentWords, WordFacts, wordGeneration, wordOfId } from './word-table.ts';

void test('a word has one id, whether read alone or inside a longer text', () => {
  const id = idOfWord('atelier');
  assert.equal(idOfWord('atelier'), id);
  assert.notEqual(idOfWord('ateliers'), id);
  const text = 'un atelier régional';
  assert.equal(idOfChars(text, 3, 10, hashChars(text, 3, 10)), id);
  assert.equal(wordOfId(id), 'atelier');
});

void test('facts kept by word id are computed once per word', () => {
  let computed = 0;
  const lengths = new WordFacts((word) => {
    computed += 1;
    return word.length;
  });
  assert.equal(lengths.of(idOfWord('cours')), 5);
  assert.equal(lengths.of(idOfWord('cours')), 5);
  assert.equal(computed, 1);
});

void test('when the table starts again between documents, every stage reads the next one as before', () => {
  // Our own sentences, a report of the kind the stages read.
  const report = 'Le Secrétariat a organisé un atelier régional à Kingston, en Jamaïque, du 3 au 5 mai 2012, avec 40 participants. '
    + 'En octobre 2012, un cours de formation a eu lieu aux Bahamas avec le soutien financier du Gouvernement du Canada.';
  const read = (text: string): unknown => {
    const language = detectLanguage(text);
    const kind = detectKind(text, language.language);
    return { language, kind, extraction: extractDocument(text, { source: 'r.txt', language: language.language, kind: kind.kind }) };
  };
  const before = read(report);
  const generation = wordGeneration();
  // Fill the table past its bound with words of a filler document, then begin another document.
  startDocumentWords('filler');
  for (let i = 0; i < 210_000; i += 1) idOfWord(`w${i.toString(36)}`);
  startDocumentWords(`${report} `);
  assert.equal(wordGeneration(), generation + 1, 'the table started again');
  assert.deepEqual(read(`${report} `), before);
});

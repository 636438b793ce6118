import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentDocument, splitSentences } from './segment.ts';

const sample = [
  'Introduction paragraph about the programme.',
  '',
  '1. Border security',
  '',
  'In 2012 the unit ran two courses. 45 officers took part.',
  'A second paragraph follows on its own line.',
  '',
  'CHAPITRE 2 : FORMATION',
  'Un atelier a eu lieu à St. Augustine selon la résolution AG/RES. 2619 (XLI-O/11). Il a réuni des experts.',
].join('\n');

void test('segmentDocument finds headings, paragraphs and sentences with offsets', () => {
  const sections = segmentDocument(sample);
  assert.equal(sections.length, 3);
  const [intro, border, chapter] = sections;
  assert.equal(intro?.heading, null);
  assert.equal(border && border.heading && sample.slice(border.heading.start, border.heading.end), '1. Border security');
  assert.equal(border?.paragraphs.length, 2);
  const sentences = border?.paragraphs[0]?.sentences.map((s) => sample.slice(s.start, s.end));
  assert.deepEqual(sentences, ['In 2012 the unit ran two courses.', '45 officers took part.']);
  assert.equal(chapter && chapter.heading && sample.slice(chapter.heading.start, chapter.heading.end), 'CHAPITRE 2 : FORMATION');
  assert.equal(chapter?.paragraphs[0]?.sentences.length, 2);
});

void test('splitSentences keeps abbreviations and symbols inside a sentence', () => {
  const text = 'Se reunió en Washington, D.C. con el Sr. Pérez. Luego, el 5 de mayo, siguió. ¿Y después? Nada.';
  const parts = splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, ['Se reunió en Washington, D.C. con el Sr. Pérez.', 'Luego, el 5 de mayo, siguió.', '¿Y después?', 'Nada.']);
});

void test('a long wrapped paragraph stays one paragraph', () => {
  const text = 'The first line of a wrapped\nparagraph continues here and\nends here.\nA new paragraph.';
  const sections = segmentDocument(text);
  assert.equal(sections[0]?.paragraphs.length, 2);
});

void test('segmentation is linear and never throws', () => {
  assert.deepEqual(segmentDocument(''), []);
  const big = 'word. '.repeat(200000);
  const started = Date.now();
  const sections = segmentDocument(big);
  assert.ok(Date.now() - started < 2000);
  assert.equal(sections.length, 1);
  assert.ok(Array.isArray(segmentDocument('\n\n\u0000\n**\n')));
});

void test('a run of text without punctuation is cut into bounded sentences', () => {
  const text = 'mot '.repeat(3000);
  const sentences = segmentDocument(text)[0]?.paragraphs[0]?.sentences ?? [];
  assert.ok(sentences.length >= 6);
  assert.ok(sentences.every((s) => s.end - s.start <= 2000));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldNameKey, foldText, foldTextKeepingOffsets } from './fold-text.ts';

void test('accents, case, typographic apostrophes and dashes fold away', () => {
  assert.equal(foldText('ÉTATS-UNIS'), 'etats-unis');
  assert.equal(foldText('E\u0301tats-Unis'), 'etats-unis');
  assert.equal(foldText('Haïti'), 'haiti');
  assert.equal(foldText('d’Haïti'), "d'haiti");
  assert.equal(foldText('Saint–Kitts'), 'saint-kitts');
  assert.equal(foldNameKey('St. Kitts-and-Nevis'), 'st kitts and nevis');
});

void test('the offset-keeping fold has the length of its input', () => {
  const samples = ['À la Jamaïque, l’atelier', 'İstanbul ǅ ﬁ 😀', 'BOGOTÁ, Perú'];
  for (const sample of samples) {
    const folded = foldTextKeepingOffsets(sample);
    assert.equal(folded.length, sample.length, sample);
  }
  assert.equal(foldTextKeepingOffsets('À la Jamaïque'), 'a la jamaique');
});

// Speed is measured by the ingestion benchmark and the fuzz test; here, only that offsets hold at size.
void test('a 10 MB line keeps every offset', () => {
  const line = 'Réunion à Port-d’Espagne, '.repeat(400_000);
  const folded = foldTextKeepingOffsets(line);
  assert.equal(folded.length, line.length);
  assert.equal(folded.slice(-26, -2), "reunion a port-d'espagne");
});

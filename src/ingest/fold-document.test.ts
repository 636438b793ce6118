import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldTextKeepingOffsets } from '../core/reference/fold-text.ts';
import { foldDocument, foldRange } from './fold-document.ts';

const long = 'Réunion à Bogotá, Saint-Kitts-et-Nevis; ÉTATS MEMBRES – İstanbul œuvre. '.repeat(300);
const other = 'Atelier à la Jamaïque, Curaçao et São Paulo. '.repeat(400);

void test('a range of a long text folds as the range alone would, offsets kept', () => {
  for (const [start, end] of [[0, 10], [5, 900], [long.length - 50, long.length]] as const) {
    const folded = foldRange(long, start, end);
    assert.equal(folded, foldTextKeepingOffsets(long.slice(start, end)));
    assert.equal(folded.length, end - start);
  }
});

void test('switching between documents never serves the folded form of another one', () => {
  assert.equal(foldDocument(long), foldTextKeepingOffsets(long));
  assert.equal(foldRange(other, 0, 40), foldTextKeepingOffsets(other.slice(0, 40)));
  assert.equal(foldRange(long, 0, 40), foldTextKeepingOffsets(long.slice(0, 40)));
  assert.equal(foldDocument('Short É text'), 'short e text');
});

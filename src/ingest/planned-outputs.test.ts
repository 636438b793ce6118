import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPlannedOutputs } from './planned-outputs.ts';
import type { Language } from './extraction.ts';

function read(cell: string, language: Language = 'fr') {
  return readPlannedOutputs(cell, 0, cell.length, language).map((output) => [cell.slice(output.source.start, output.source.end), output.target]);
}

void test('a quantity and its unit', () => {
  assert.deepEqual(read('  8 bourses d\'étude. '), [['8 bourses d\'étude.', { kind: 'quantity', value: 8, unit: 'bourses d\'étude' }]]);
  assert.deepEqual(read('dos talleres', 'es'), [['dos talleres', { kind: 'quantity', value: 2, unit: 'talleres' }]]);
});

void test('a flattened list of quantities gives one output each', () => {
  assert.deepEqual(read('3 ateliers nationaux 1 atelier régional 2. Missions d\'experts').map(([text]) => text), [
    '3 ateliers nationaux', '1 atelier régional', '2. Missions d\'experts',
  ]);
});

void test('two outputs run together are cut before the capitalised word that opens the second', () => {
  assert.deepEqual(read('Visites techniques dans 7 aéroports de la Caraïbe Rapports de suivi pour 7 aéroports').map(([text]) => text), [
    'Visites techniques dans 7 aéroports de la Caraïbe',
    'Rapports de suivi pour 7 aéroports',
  ]);
});

void test('open targets, waiting for funding or not, in four languages', () => {
  assert.deepEqual(read('À déterminer selon les fonds disponibles')[0]?.[1], { kind: 'to_be_determined', reason: 'funding' });
  assert.deepEqual(read('À définir')[0]?.[1], { kind: 'to_be_determined', reason: 'unspecified' });
  assert.deepEqual(read('Funding to be identified', 'en')[0]?.[1], { kind: 'to_be_determined', reason: 'funding' });
  assert.deepEqual(read('Por determinar', 'es')[0]?.[1], { kind: 'to_be_determined', reason: 'unspecified' });
  assert.deepEqual(read('A determinar', 'pt')[0]?.[1], { kind: 'to_be_determined', reason: 'unspecified' });
});

void test('a year is not a quantity, and words without a number leave the target open', () => {
  assert.deepEqual(read('Lancement en 2016 du réseau')[0]?.[1], { kind: 'to_be_determined', reason: 'unspecified' });
  assert.deepEqual(read(''), []);
});

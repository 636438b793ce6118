import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findObjectives } from './plan-objectives.ts';

void test('one or several objective codes after the word, with their offsets', () => {
  const text = 'Appui aux observatoires (Objectif 1.1.3). Formation (Objectifs 2.1 et 2.4.1)';
  const found = findObjectives(text, 'fr');
  assert.deepEqual(found.map((o) => o.code), ['1.1.3', '2.1', '2.4.1']);
  assert.equal(text.slice(found[0]?.start, found[0]?.end), '1.1.3');
});

void test('each language uses its own word', () => {
  assert.deepEqual(findObjectives('Support (Objectives 1.2, 1.3 and 3.1)', 'en').map((o) => o.code), ['1.2', '1.3', '3.1']);
  assert.deepEqual(findObjectives('Apoyo (Objetivo n° 4.2)', 'es').map((o) => o.code), ['4.2']);
  assert.deepEqual(findObjectives('Apoio (objetivos 1.1 e 1.2)', 'pt').map((o) => o.code), ['1.1', '1.2']);
});

void test('the word without a code, or inside another word, is not an objective', () => {
  assert.deepEqual(findObjectives('Les objectifs du programme sont ambitieux; sous-objectif1.1', 'fr'), []);
});

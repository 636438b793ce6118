import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Language } from './extraction.ts';
import { detectStatus } from './detect-status.ts';
import { tokenizeWords } from './words.ts';

function statusOf(text: string, language: Language): string {
  const words = tokenizeWords(text);
  return detectStatus(text, words, 0, words.length, language);
}

void test('future verbs and planning words make an event planned', () => {
  assert.equal(statusOf('Deux stages auront lieu à Quito en juin.', 'fr'), 'planned');
  assert.equal(statusOf('Le Département organisera prochainement un stage.', 'fr'), 'planned');
  assert.equal(statusOf('Lieu et date restant à déterminer.', 'fr'), 'planned');
  assert.equal(statusOf('A regional drill will be held in Lima.', 'en'), 'planned');
  assert.equal(statusOf('El taller se llevará a cabo en Quito.', 'es'), 'planned');
  assert.equal(statusOf('O curso será realizado em Brasília.', 'pt'), 'planned');
});

void test('past tense reads as done and "en cours" as ongoing', () => {
  assert.equal(statusOf('Un stage a eu lieu à Quito en juin 2011.', 'fr'), 'done');
  assert.equal(statusOf('The drill took place in Lima in Sierra Grande.', 'en'), 'done');
  assert.equal(statusOf('El taller se realizó en Quito.', 'es'), 'done');
  assert.equal(statusOf('O curso foi realizado em Brasília.', 'pt'), 'done');
  assert.equal(statusOf('Le projet est en cours au Guyana.', 'fr'), 'ongoing');
  assert.equal(statusOf('The survey is ongoing.', 'en'), 'ongoing');
});

void test('a feminine "prevista" plans as the masculine does', () => {
  assert.equal(statusOf('Está prevista uma oficina nacional em Lima.', 'pt'), 'planned');
  assert.equal(statusOf('Está prevista una mesa redonda en Quito.', 'es'), 'planned');
});

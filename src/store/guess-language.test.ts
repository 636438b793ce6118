import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from './guess-language.ts';

void test('guessLanguage tells the four languages apart on short titles', () => {
  assert.equal(guessLanguage('Training course for border officers and customs staff'), 'en');
  assert.equal(guessLanguage('Taller sobre el control de las fronteras para los agentes'), 'es');
  assert.equal(guessLanguage('Atelier sur la sécurité des ports et du fret aérien'), 'fr');
  assert.equal(guessLanguage('Oficina sobre segurança dos portos e da aviação'), 'pt');
});

void test('guessLanguage gives up when nothing decides', () => {
  assert.equal(guessLanguage('CICTE 2012'), null);
  assert.equal(guessLanguage(''), null);
});

void test('guessLanguage gives up on a tie, whichever languages tie', () => {
  assert.equal(guessLanguage('training taller'), null);
  assert.equal(guessLanguage('taller atelier oficina training'), null);
  assert.equal(guessLanguage('taller atelier stage'), 'fr');
});

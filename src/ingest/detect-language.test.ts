import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from './detect-language.ts';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

const SENTENCES = {
  fr: [
    'Le bureau a organisé une formation pour les agents des douanes de la région.',
    'Les participants ont été accueillis par le ministre, qui a rappelé les priorités du programme.',
    'Deux ateliers sont prévus dans les pays des Caraïbes au cours du second semestre.',
  ],
  en: [
    'The office held a training session for customs officers from the region.',
    'Participants were welcomed by the minister, who recalled the priorities of the programme.',
    'Two workshops are planned in Caribbean countries during the second half of the year.',
  ],
  es: [
    'La oficina organizó una capacitación para los funcionarios de aduanas de la región.',
    'Los participantes fueron recibidos por el ministro, quien recordó las prioridades del programa.',
    'Se prevén dos talleres en los países del Caribe durante el segundo semestre del año.',
  ],
  pt: [
    'O escritório organizou uma formação para os funcionários das alfândegas da região.',
    'Os participantes foram recebidos pelo ministro, que lembrou as prioridades do programa.',
    'Estão previstas duas oficinas nos países do Caribe durante o segundo semestre do ano.',
  ],
} as const;

for (const [language, sentences] of Object.entries(SENTENCES)) {
  void test(`each single ${language} sentence is recognised`, () => {
    for (const sentence of sentences) assert.equal(detectLanguage(sentence).language, language, sentence);
  });
  void test(`a ${language} paragraph is recognised with high confidence`, () => {
    const guess = detectLanguage(sentences.join(' ').repeat(3));
    assert.equal(guess.language, language);
    assert.ok(guess.confidence >= 0.7, `confidence ${guess.confidence}`);
  });
}

void test('short titles still lean on telling letters and words', () => {
  assert.equal(detectLanguage('Relatório de atividades: cooperação regional').language, 'pt');
  assert.equal(detectLanguage('¿Cuántos años tiene el niño?').language, 'es');
  assert.equal(detectLanguage('Rapport sur les activités du Secrétariat').language, 'fr');
  assert.equal(detectLanguage('Report on the activities of the Secretariat').language, 'en');
});

void test('a text with no words gives zero confidence', () => {
  assert.deepEqual(detectLanguage('1234 5678 -- ** 2015/2016'), { language: 'en', confidence: 0 });
  assert.equal(detectLanguage('').confidence, 0);
});

void test('a short text is less certain than a long one', () => {
  const short = detectLanguage('Los talleres del programa');
  const long = detectLanguage(SENTENCES.es.join(' ').repeat(5));
  assert.equal(short.language, 'es');
  assert.ok(short.confidence < long.confidence);
});

void test('only the opening of a long text is read, so the cost is bounded', () => {
  const text = SENTENCES.pt.join(' ').repeat(400) + SENTENCES.en.join(' ').repeat(40_000);
  const started = performance.now();
  assert.equal(detectLanguage(text).language, 'pt');
  assert.ok(performance.now() - started < 200);
});

void test('the corpus documents are French', (t) => {
  if (!existsSync(corpus)) { t.skip(`corpus not found at ${corpus}`); return; }
  for (const file of readdirSync(corpus).filter((name) => name.endsWith('.txt'))) {
    assert.equal(detectLanguage(readFileSync(join(corpus, file), 'utf8')).language, 'fr', file);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectKind } from './detect-kind.ts';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

const REPORTS = {
  fr: 'Rapport semestriel du Département. Au cours du premier semestre, le Département a organisé trois ateliers à Kingston. Quarante agents ont participé à la formation, qui a eu lieu en avril. Une mission a été menée au Belize.',
  en: 'Semi-annual report of the Department. During the first half of the year the Department held three workshops in Kingston. Forty officers attended the training, which took place in April. A mission was conducted in Belize.',
  es: 'Informe semestral del Departamento. Durante el primer semestre, el Departamento organizó tres talleres en Kingston. Cuarenta agentes participaron en la capacitación, que se realizó en abril. Se llevó a cabo una misión en Belice.',
  pt: 'Relatório semestral do Departamento. Durante o primeiro semestre, o Departamento realizou três oficinas em Kingston. Quarenta agentes participaram da capacitação, que ocorreu em abril. Foi realizada uma missão em Belize.',
} as const;

const PLANS = {
  fr: 'Plan de travail du Département pour 2016. Le Département continuera de soutenir les États membres.\nDOMAINE\tPROGRAMME\tPROJET\tACTIVITÉ\n1. Frontières\tA. Ports\t1. Cours nationaux\t6 cours\n\t\t2. Bourses\t12 bourses d\'étude\n\t\t3. Plateforme régionale\tÀ déterminer',
  en: 'Work plan of the Department for 2016. The Department will continue to support member states.\nAREA\tPROGRAMME\tPROJECT\tOUTPUT\n1. Borders\tA. Ports\t1. National courses\t6 courses\n\t\t2. Fellowships\t12 fellowships\n\t\t3. Regional platform\tTo be determined',
  es: 'Plan de trabajo del Departamento para 2016. El Departamento continuará apoyando a los Estados miembros.\nÁREA\tPROGRAMA\tPROYECTO\tPRODUCTO\n1. Fronteras\tA. Puertos\t1. Cursos nacionales\t6 cursos\n\t\t2. Becas\t12 becas\n\t\t3. Plataforma regional\tPor determinar',
  pt: 'Plano de trabalho do Departamento para 2016. O Departamento continuará a apoiar os Estados membros.\nÁREA\tPROGRAMA\tPROJETO\tPRODUTO\n1. Fronteiras\tA. Portos\t1. Cursos nacionais\t6 cursos\n\t\t2. Bolsas\t12 bolsas de estudo\n\t\t3. Plataforma regional\tA determinar',
} as const;

for (const language of ['fr', 'en', 'es', 'pt'] as const) {
  void test(`${language}: a report and a work plan are told apart, with or without the language`, () => {
    assert.equal(detectKind(REPORTS[language], language).kind, 'report');
    assert.equal(detectKind(PLANS[language], language).kind, 'workplan');
    assert.equal(detectKind(REPORTS[language]).kind, 'report');
    assert.equal(detectKind(PLANS[language]).kind, 'workplan');
  });
}

void test('a report that mentions the work plan it carried out is still a report', () => {
  const text = `${REPORTS.fr} Ces activités répondent au plan de travail adopté en 2015. Le Département a ensuite remis le matériel.`;
  assert.equal(detectKind(text, 'fr').kind, 'report');
});

void test('a plan written as a catalogue of future activities, without tables', () => {
  const text = 'Le présent plan de travail décrit les programmes que le Secrétariat proposera.\n1.1 Statistiques. Le Secrétariat aidera les pays à publier leurs données (Objectif 1.1.2)\n1.2 Formation. Des cours seront offerts aux policiers (Objectif 2.1.1)';
  const guess = detectKind(text, 'fr');
  assert.equal(guess.kind, 'workplan');
  assert.ok(guess.confidence > 0.5, `confidence ${guess.confidence}`);
});

void test('no cue at all defaults to a report with zero confidence', () => {
  assert.deepEqual(detectKind('12345 67890', 'en'), { kind: 'report', confidence: 0 });
});

void test('the corpus: the narrative report and the two work plans', (t) => {
  if (!existsSync(corpus)) { t.skip(`corpus not found at ${corpus}`); return; }
  const files = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort();
  const kinds = files.map((file) => detectKind(readFileSync(join(corpus, file), 'utf8'), 'fr').kind);
  assert.deepEqual(kinds, files.map((file) => (file.startsWith('000_') ? 'report' : 'workplan')));
});

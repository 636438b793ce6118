import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from './extraction.ts';
import { findOrganisationMentions } from './organisations.ts';
import { findPlaceMentions } from './places.ts';

function found(text: string, language: Language): string[] {
  return findOrganisationMentions(text, language).map((m) => `${m.acronym}${m.isFunder ? '$' : ''}`);
}

void test('local acronyms and long names become the canonical acronym', () => {
  assert.deepEqual(found("L'ONUDC, l'OACI, l'OMI et l'OIPC-INTERPOL ont aidé le Secrétariat exécutif de la CICAD.", 'fr'), [
    'UNODC', 'ICAO', 'IMO', 'INTERPOL', 'CICAD',
  ]);
  assert.deepEqual(found('Le Département de la sécurité publique et le Secrétariat à la sécurité multidimensionnelle.', 'fr'), ['DPS', 'SMS']);
  assert.deepEqual(found("Avec l'Université des Antilles (University of the West Indies) et la Gendarmerie royale du Canada.", 'fr'), [
    'UWI', 'UWI', 'RCMP',
  ]);
  assert.deepEqual(found('La Oficina de las Naciones Unidas contra la Droga y el Delito y la OEA.', 'es'), ['UNODC', 'OAS']);
  assert.deepEqual(found('A Organização Marítima Internacional e o CICTE.', 'pt'), ['IMO', 'CICTE']);
});

void test('national police forces are POLICE:ISO3', () => {
  assert.deepEqual(found('avec la Police nationale de la Colombie et la Police fédérale du Mexique', 'fr'), ['POLICE:COL', 'POLICE:MEX']);
  assert.deepEqual(found("la Police nationale d'Haïti puis la Police nationale colombienne", 'fr'), ['POLICE:HTI', 'POLICE:COL']);
  assert.deepEqual(found('trained by the Colombian National Police and the Jamaica Constabulary Force', 'en'), ['POLICE:COL', 'POLICE:JAM']);
  assert.deepEqual(found('con la Policía Nacional del Perú', 'es'), ['POLICE:PER']);
  // Officers of a country's police are people, not a partner force.
  assert.deepEqual(found('des officiers de police des Bahamas ont participé', 'fr'), []);
});

void test('governments as partners are their ISO code', () => {
  assert.deepEqual(found('le Gouvernement de la Dominique et le Gouvernement colombien', 'fr'), ['DMA', 'COL']);
  assert.deepEqual(found('the Government of Canada and the Mexican Government', 'en'), ['CAN', 'MEX']);
  assert.deepEqual(found('el Gobierno de Jamaica', 'es'), ['JAM']);
  assert.deepEqual(found('o Governo do Brasil', 'pt'), ['BRA']);
  const [government] = findOrganisationMentions('Le Gouvernement des États-Unis a aidé.', 'fr');
  assert.equal(government?.asWritten, 'Gouvernement des États-Unis');
  assert.equal(government?.isGovernment, true);
});

void test('funding phrases in four languages mark the named government or body as funder', () => {
  assert.deepEqual(found('avec le soutien financier du Gouvernement des États-Unis, le Secrétariat a fourni des machines', 'fr'), ['USA$']);
  assert.deepEqual(found("un cours financé par le Canada et l'Espagne", 'fr'), ['CAN$', 'ESP$']);
  assert.deepEqual(found('with funding from the Government of Canada and the United States, CICTE and the OAS trained', 'en'), [
    'CAN$', 'USA$', 'CICTE', 'OAS',
  ]);
  assert.deepEqual(found('con el financiamiento de los Estados Unidos, la OEA organizó', 'es'), ['USA$', 'OAS']);
  assert.deepEqual(found('com o apoio financeiro do Governo do Canadá, a OMI e a OACI', 'pt'), ['CAN$', 'IMO', 'ICAO']);
  assert.deepEqual(found('with financial support from the European Union', 'en'), ['EU$']);
});

void test('a funding phrase does not reach over a sentence', () => {
  assert.deepEqual(found('Le projet est financé par des partenaires. Le Canada a participé.', 'fr'), []);
});

void test('acronyms are matched only as written; lower-case words are not bodies', () => {
  assert.deepEqual(found('un ice cream, une isa et un plan', 'fr'), []);
  assert.deepEqual(found('The ISA and ICE took part; UN-CTS is a survey.', 'en'), ['ISA', 'ICE']);
});

void test('CARICOM/IMPACS names both bodies', () => {
  assert.deepEqual(found('avec la CARICOM/IMPACS et CARICOM IMPACS', 'fr'), ['CARICOM', 'IMPACS', 'CARICOM', 'IMPACS']);
});

void test('places found earlier can be passed in, with the same result', () => {
  const text = 'avec le soutien financier du Gouvernement du Canada et la Police nationale de la Colombie';
  assert.deepEqual(findOrganisationMentions(text, 'fr', findPlaceMentions(text, 'fr')), findOrganisationMentions(text, 'fr'));
});

void test('long single lines stay linear', () => {
  const plain = 'The workshop was held with officials from many countries and partners. '.repeat(140_000);
  let started = performance.now();
  assert.deepEqual(findOrganisationMentions(plain, 'en'), []);
  assert.ok(performance.now() - started < 3000, '10 MB line without names');
  const dense = "Le Secrétariat du CICTE et l'ONUDC, avec le soutien financier du Gouvernement du Canada. ".repeat(11_000);
  started = performance.now();
  assert.equal(findOrganisationMentions(dense, 'fr').length, 33_000);
  assert.ok(performance.now() - started < 3000, '1 MB line of names and funders');
});

const corpusFile = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/000_c251e8c10745a916.txt');

void test('the visible report: its partners and its one funder are found', (t) => {
  if (!existsSync(corpusFile)) {
    t.skip('../shared/corpus is absent');
    return;
  }
  const mentions = findOrganisationMentions(readFileSync(corpusFile, 'utf8'), 'fr');
  const acronyms = new Set(mentions.map((m) => m.acronym));
  // Bodies the report's gold file lists for its activities.
  for (const acronym of ['CICAD', 'CICTE', 'DPS', 'SMS', 'OAS', 'CARICOM', 'IMPACS', 'POLICE:COL', 'POLICE:MEX', 'POLICE:JAM', 'TSA', 'ICAO', 'CBSA', 'ISA',
    'FDL', 'DHS', 'RCMP', 'UNODC', 'UNICRI', 'CTU', 'TTO', 'DMA', 'COL']) {
    assert.ok(acronyms.has(acronym), acronym);
  }
  assert.deepEqual(mentions.filter((m) => m.isFunder).map((m) => m.acronym), ['USA']);
});

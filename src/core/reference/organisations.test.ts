import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ORGANISATION_TYPES } from '../organisations/organisation.ts';
import { ORGANISATIONS, SMS_UNITS, findOrganisation, formatNationalAgencyAcronym, getOrganisation } from './organisations.ts';

void test('every canonical acronym of SCHEMA.md is in the table', () => {
  const required = ['CICTE', 'CICAD', 'DPS', 'SMS', 'OAS', 'UNODC', 'ICAO', 'IMO', 'INTERPOL', 'UNICRI', 'TSA', 'CBSA', 'ISA',
    'DHS', 'FDL', 'RCMP', 'CARICOM', 'IMPACS', 'RSS', 'CFATF', 'FATF', 'CIFAD', 'CTU', 'UNWTO', 'UWI', 'ILO', 'OHCHR', 'CERT-CC',
    'AMERIPOL', 'SICA'];
  for (const acronym of required) assert.equal(getOrganisation(acronym)?.acronym, acronym, acronym);
  assert.equal(new Set(ORGANISATIONS.map((o) => o.acronym)).size, ORGANISATIONS.length);
});

void test('the units hang under the secretariat, which hangs under the organisation', () => {
  for (const unit of ['CICTE', 'CICAD', 'DPS']) {
    assert.equal(getOrganisation(unit)?.parent, 'SMS');
    assert.equal(getOrganisation(unit)?.type, 'unit');
  }
  assert.equal(getOrganisation('SMS')?.parent, 'OAS');
  assert.equal(getOrganisation('SMS')?.type, 'secretariat');
  assert.equal(getOrganisation('IMPACS')?.parent, 'CARICOM');
  assert.deepEqual([...SMS_UNITS].sort(), ['CICAD', 'CICTE', 'DPS']);
});

void test('every parent exists and every type is one of the domain types', () => {
  for (const organisation of ORGANISATIONS) {
    if (organisation.parent !== null) assert.ok(getOrganisation(organisation.parent), `${organisation.acronym} → ${organisation.parent}`);
    assert.ok((ORGANISATION_TYPES as readonly string[]).includes(organisation.type));
  }
});

void test('local acronyms and long names in four languages lead to the canonical acronym', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['ONUDC', 'UNODC'], ['OACI', 'ICAO'], ['OMI', 'IMO'], ['OIPC-INTERPOL', 'INTERPOL'], ['OEA', 'OAS'], ['GAFIC', 'CFATF'],
    ['ASFC', 'CBSA'], ['GRC', 'RCMP'], ['OMT', 'UNWTO'], ['SSR', 'RSS'],
    ['Secrétariat exécutif de la CICAD', 'CICAD'], ['Département de la sécurité publique', 'DPS'],
    ['Secrétariat à la sécurité multidimensionnelle', 'SMS'], ['Secretaría de Seguridad Multidimensional', 'SMS'],
    ['Police nationale de la Colombie', 'POLICE:COL'], ['Policía Nacional de Colombia', 'POLICE:COL'],
    ['Police fédérale du Mexique', 'POLICE:MEX'], ['Gendarmerie royale du Canada', 'RCMP'],
    ['University of the West Indies', 'UWI'], ['Université des Antilles', 'UWI'],
    ["l'Office des Nations Unies contre la drogue et le crime", 'UNODC'],
    ['Organisation de l’aviation civile internationale', 'ICAO'], ['Comitê Interamericano contra o Terrorismo', 'CICTE'],
    ['Caribbean Telecommunication Union', 'CTU'], ['Jamaica Constabulary Force', 'POLICE:JAM'],
    ['la Communauté des Caraïbes', 'CARICOM'], ['Agence de sécurité des transports', 'TSA'],
  ];
  for (const [input, acronym] of cases) assert.equal(findOrganisation(input)?.acronym, acronym, input);
});

void test('names carry the four languages where known', () => {
  const cicte = getOrganisation('CICTE');
  assert.equal(cicte?.names.fr, 'Comité interaméricain contre le terrorisme');
  assert.equal(cicte?.names.pt, 'Comitê Interamericano contra o Terrorismo');
});

void test('words and unknown names are not organisations', () => {
  assert.equal(findOrganisation('un'), undefined);
  assert.equal(findOrganisation('ice'), undefined);
  assert.equal(findOrganisation('Ministère des pêches'), undefined);
  assert.equal(findOrganisation(''), undefined);
  assert.equal(getOrganisation('OACI'), undefined, 'a local acronym is not a canonical one');
});

void test('national agencies are written with the ISO alpha-3 code', () => {
  assert.equal(formatNationalAgencyAcronym('POLICE', 'COL'), 'POLICE:COL');
});

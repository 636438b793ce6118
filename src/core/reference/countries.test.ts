import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRIES, OAS_MEMBER_STATES, findCountry, isKnownCountry, listCountryNames } from './countries.ts';

void test('the table holds the 35 member states, 14 of them CARICOM members', () => {
  assert.equal(OAS_MEMBER_STATES.length, 35);
  assert.equal(OAS_MEMBER_STATES.filter((c) => c.isCaricom).length, 14);
  assert.equal(new Set(COUNTRIES.map((c) => c.iso3)).size, COUNTRIES.length);
  const montserrat = findCountry('Montserrat');
  assert.equal(montserrat?.isOasMember, false);
  assert.equal(montserrat?.isCaricom, true);
});

void test('every country has names in the four languages and both ISO codes', () => {
  for (const country of COUNTRIES) {
    assert.match(country.iso2, /^[A-Z]{2}$/);
    for (const name of Object.values(country.names)) assert.ok(name.length > 1, country.iso3);
  }
  const jamaica = findCountry('JAM');
  assert.equal(jamaica?.names.fr, 'Jamaïque');
  assert.equal(jamaica?.names.es, 'Jamaica');
  assert.equal(jamaica?.subregion, 'caribbean');
});

void test('codes, names and OAS variants in four languages', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['JM', 'JAM'], ['KNA', 'KNA'],
    ['Saint-Kitts-et-Nevis', 'KNA'], ['St Kitts and Nevis', 'KNA'], ['St. Kitts and Nevis', 'KNA'],
    ['San Cristóbal y Nieves', 'KNA'], ['Saint-Christophe-et-Niévès', 'KNA'], ['São Cristóvão e Névis', 'KNA'],
    ['Saint-Vincent-et-Grenadines', 'VCT'], ['Saint-Vincent-et-les-Grenadines', 'VCT'], ['San Vicente y Granadinas', 'VCT'],
    ['Commonwealth des Bahamas', 'BHS'], ['The Bahamas', 'BHS'], ['Comunidade das Bahamas', 'BHS'],
    ['États-Unis', 'USA'], ['Etats-Unis', 'USA'], ['Estados Unidos', 'USA'], ['United States of America', 'USA'],
    ['États-Unis du Mexique', 'MEX'], ['Estados Unidos Mexicanos', 'MEX'],
    ['République coopérative du Guyana', 'GUY'], ['Guiana', 'GUY'],
    ['Trinité-et-Tobago', 'TTO'], ['Trindade e Tobago', 'TTO'],
    ['Dominique', 'DMA'], ['République dominicaine', 'DOM'],
    ['Eastern Republic of Uruguay', 'URY'], ['Venezuela (République bolivarienne du)', 'VEN'],
    ['Granada', 'GRD'], ['Grenade', 'GRD'], ['Haïti', 'HTI'], ['haiti', 'HTI'], ['PÉROU', 'PER'],
  ];
  for (const [input, iso3] of cases) assert.equal(findCountry(input)?.iso3, iso3, input);
});

void test('leading articles are tolerated', () => {
  assert.equal(findCountry('la Jamaïque')?.iso3, 'JAM');
  assert.equal(findCountry("l'Équateur")?.iso3, 'ECU');
  assert.equal(findCountry('le Salvador')?.iso3, 'SLV');
  assert.equal(findCountry('El Salvador')?.iso3, 'SLV');
  assert.equal(findCountry('les Bahamas')?.iso3, 'BHS');
  assert.equal(findCountry('la Barbade')?.iso3, 'BRB');
});

void test('French Guiana is not Guyana, and countries outside the Americas still resolve', () => {
  const guiana = findCountry('Guyane');
  assert.equal(guiana?.iso3, 'GUF');
  assert.equal(guiana?.isOasMember, false);
  assert.equal(findCountry('Espagne')?.iso3, 'ESP');
  assert.equal(findCountry('Israël')?.subregion, 'outside_americas');
  assert.equal(findCountry('ESP')?.names.fr, 'Espagne');
});

void test('unknown names and lower-case words are not countries', () => {
  assert.equal(findCountry('Atlantis'), undefined);
  assert.equal(findCountry(''), undefined);
  assert.equal(findCountry('can'), undefined);
  assert.equal(findCountry('XYZ'), undefined);
  assert.equal(findCountry('x'.repeat(10_000)), undefined);
});

void test('the name list covers every alias of the table', () => {
  const names = listCountryNames();
  assert.ok(names.some((n) => n.name === 'Saint-Vincent-et-Grenadines' && n.iso3 === 'VCT'));
  assert.ok(names.every((n) => findCountry(n.name)?.iso3 === n.iso3), 'each listed name finds its own country');
});

void test('known country codes are ISO alpha-3 codes in capitals', () => {
  assert.equal(isKnownCountry('JAM'), true);
  assert.equal(isKnownCountry('ESP'), true);
  assert.equal(isKnownCountry('jam'), false);
  assert.equal(isKnownCountry('JM'), false);
  assert.equal(isKnownCountry('XXX'), false);
});

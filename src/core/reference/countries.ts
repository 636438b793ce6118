// The member states of the Americas and the Caribbean territories that reports name beside them.
// Names come from CLDR through i18n-iso-countries; the alias table adds the forms OAS texts use
// that CLDR lacks (GAZETTEERS.md §1, RUNBOOK.md "Known gaps").
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import { LANGUAGES, type LanguageCode } from '../shared/localized-text.ts';
import { foldNameKey } from './fold-text.ts';

for (const locale of [en, es, fr, pt]) isoCountries.registerLocale(locale);

export type Subregion = 'north_america' | 'central_america' | 'caribbean' | 'south_america' | 'outside_americas';

export interface Country {
  readonly iso3: string;
  readonly iso2: string;
  readonly names: Readonly<Record<LanguageCode, string>>;
  readonly aliases: readonly string[];
  readonly isOasMember: boolean;
  readonly subregion: Subregion;
  readonly isCaricom: boolean;
}

interface CountrySeed {
  readonly iso3: string;
  readonly subregion: Subregion;
  readonly isOasMember: boolean;
  readonly isCaricom?: boolean;
  /** Short names where OAS usage differs from CLDR. */
  readonly names?: Partial<Record<LanguageCode, string>>;
  readonly aliases: readonly string[];
}

const SEEDS: readonly CountrySeed[] = [
  { iso3: 'ATG', subregion: 'caribbean', isOasMember: true, isCaricom: true, aliases: ['Antigua and Barbuda', 'Antigua & Barbuda', 'Antigua y Barbuda', 'Antigua-et-Barbuda', 'Antígua e Barbuda', 'Antigua e Barbuda', 'Antigua'] },
  { iso3: 'ARG', subregion: 'south_america', isOasMember: true, aliases: ['Argentine Republic', 'República Argentina', 'République argentine', 'Argentine'] },
  { iso3: 'BHS', subregion: 'caribbean', isOasMember: true, isCaricom: true, aliases: ['The Bahamas', 'Commonwealth of The Bahamas', 'Commonwealth de las Bahamas', 'Commonwealth des Bahamas', 'Bahamas (Le Commonwealth des)', 'Comunidade das Bahamas'] },
  { iso3: 'BRB', subregion: 'caribbean', isOasMember: true, isCaricom: true, aliases: ['Barbados', 'Barbade'] },
  { iso3: 'BLZ', subregion: 'central_america', isOasMember: true, isCaricom: true, aliases: ['Belize', 'Belice'] },
  { iso3: 'BOL', subregion: 'south_america', isOasMember: true, aliases: ['Plurinational State of Bolivia', 'Estado Plurinacional de Bolivia', 'État plurinational de Bolivie', 'Estado Plurinacional da Bolívia', 'Bolivia', 'Bolivie', 'Bolívia'] },
  { iso3: 'BRA', subregion: 'south_america', isOasMember: true, aliases: ['Federative Republic of Brazil', 'República Federativa del Brasil', 'République fédérative du Brésil', 'República Federativa do Brasil', 'Brasil', 'Brésil'] },
  { iso3: 'CAN', subregion: 'north_america', isOasMember: true, aliases: ['Canada', 'Canadá'] },
  { iso3: 'CHL', subregion: 'south_america', isOasMember: true, aliases: ['Republic of Chile', 'República de Chile', 'République du Chili', 'República do Chile', 'Chili'] },
  { iso3: 'COL', subregion: 'south_america', isOasMember: true, aliases: ['Republic of Colombia', 'República de Colombia', 'République de Colombie', 'República da Colômbia', 'Colombie', 'Colômbia'] },
  { iso3: 'CRI', subregion: 'central_america', isOasMember: true, aliases: ['Republic of Costa Rica', 'República de Costa Rica', 'République du Costa Rica', 'República da Costa Rica'] },
  { iso3: 'CUB', subregion: 'caribbean', isOasMember: true, aliases: ['Republic of Cuba', 'República de Cuba', 'République de Cuba'] },
  { iso3: 'DMA', subregion: 'caribbean', isOasMember: true, isCaricom: true, names: { fr: 'Dominique' }, aliases: ['Commonwealth of Dominica', 'Commonwealth de Dominica', 'Mancomunidad de Dominica', 'Commonwealth de la Dominique', 'Dominique (Commonwealth de la)', 'Comunidade da Dominica', 'Dominique'] },
  { iso3: 'DOM', subregion: 'caribbean', isOasMember: true, aliases: ['Dominican Republic', 'República Dominicana', 'République dominicaine'] },
  { iso3: 'ECU', subregion: 'south_america', isOasMember: true, aliases: ['Republic of Ecuador', 'República del Ecuador', "République de l'Équateur", 'República do Equador', 'Équateur', 'Equateur', 'Equador'] },
  { iso3: 'SLV', subregion: 'central_america', isOasMember: true, aliases: ['El Salvador', 'Republic of El Salvador', 'República de El Salvador', "République d'El Salvador", 'République du Salvador', 'Salvador'] },
  { iso3: 'USA', subregion: 'north_america', isOasMember: true, names: { fr: 'États-Unis', es: 'Estados Unidos', pt: 'Estados Unidos' }, aliases: ['United States', 'United States of America', 'USA', 'U.S.A.', 'U.S.', 'Estados Unidos de América', 'EE.UU.', 'EEUU', 'États-Unis', "États-Unis d'Amérique", 'Estados Unidos da América', 'EUA'] },
  { iso3: 'GRD', subregion: 'caribbean', isOasMember: true, isCaricom: true, aliases: ['Grenada', 'Granada', 'Grenade'] },
  { iso3: 'GTM', subregion: 'central_america', isOasMember: true, aliases: ['Republic of Guatemala', 'República de Guatemala', 'République du Guatemala', 'República da Guatemala'] },
  { iso3: 'GUY', subregion: 'south_america', isOasMember: true, isCaricom: true, names: { pt: 'Guiana' }, aliases: ['Guyana', 'Co-operative Republic of Guyana', 'Cooperative Republic of Guyana', 'República Cooperativa de Guyana', 'République coopérative du Guyana', 'República Cooperativa da Guiana', 'Guiana'] },
  { iso3: 'HTI', subregion: 'caribbean', isOasMember: true, isCaricom: true, aliases: ['Republic of Haiti', 'República de Haití', "République d'Haïti", 'República do Haiti', 'Haïti', 'Haití'] },
  { iso3: 'HND', subregion: 'central_america', isOasMember: true, aliases: ['Republic of Honduras', 'República de Honduras', 'République du Honduras'] },
  { iso3: 'JAM', subregion: 'caribbean', isOasMember: true, isCaricom: true, aliases: ['Jamaica', 'Jamaïque'] },
  { iso3: 'MEX', subregion: 'north_america', isOasMember: true, aliases: ['United Mexican States', 'Estados Unidos Mexicanos', 'États-Unis du Mexique', 'Mexique', 'México'] },
  { iso3: 'NIC', subregion: 'central_america', isOasMember: true, aliases: ['Republic of Nicaragua', 'República de Nicaragua', 'République du Nicaragua', 'República da Nicarágua', 'Nicarágua'] },
  { iso3: 'PAN', subregion: 'central_america', isOasMember: true, aliases: ['Republic of Panama', 'República de Panamá', 'République du Panama', 'República do Panamá', 'Panamá'] },
  { iso3: 'PRY', subregion: 'south_america', isOasMember: true, aliases: ['Republic of Paraguay', 'República del Paraguay', 'République du Paraguay', 'República do Paraguai', 'Paraguai'] },
  { iso3: 'PER', subregion: 'south_america', isOasMember: true, aliases: ['Republic of Peru', 'República del Perú', 'République du Pérou', 'República do Peru', 'Perú', 'Pérou'] },
  { iso3: 'KNA', subregion: 'caribbean', isOasMember: true, isCaricom: true, names: { fr: 'Saint-Kitts-et-Nevis', es: 'Saint Kitts y Nevis' }, aliases: ['Saint Kitts and Nevis', 'St. Kitts and Nevis', 'St Kitts and Nevis', 'St. Kitts & Nevis', 'Saint Christopher and Nevis', 'Federation of Saint Christopher and Nevis', 'San Cristóbal y Nieves', 'Federación de San Cristóbal y Nieves', 'Saint Kitts y Nevis', 'Saint-Christophe-et-Niévès', 'Saint-Kitts-et-Nevis', 'St.-Kitts-et-Nevis', 'São Cristóvão e Nevis', 'São Cristóvão e Névis', 'Saint Kitts e Nevis', 'Saint Kitts', 'St. Kitts'] },
  { iso3: 'LCA', subregion: 'caribbean', isOasMember: true, isCaricom: true, aliases: ['Saint Lucia', 'St. Lucia', 'St Lucia', 'Santa Lucía', 'Sainte-Lucie', 'Santa Lúcia'] },
  { iso3: 'VCT', subregion: 'caribbean', isOasMember: true, isCaricom: true, names: { fr: 'Saint-Vincent-et-Grenadines', pt: 'São Vicente e Granadinas' }, aliases: ['Saint Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'St Vincent and the Grenadines', 'Saint Vincent & the Grenadines', 'St. Vincent & the Grenadines', 'Saint Vincent and Grenadines', 'San Vicente y las Granadinas', 'San Vicente y Granadinas', 'Saint-Vincent-et-les-Grenadines', 'Saint-Vincent-et-Grenadines', 'São Vicente e Granadinas', 'São Vicente e as Granadinas', 'Saint Vincent', 'St. Vincent'] },
  { iso3: 'SUR', subregion: 'south_america', isOasMember: true, isCaricom: true, aliases: ['Suriname', 'Surinam', 'Republic of Suriname', 'República de Suriname', 'République du Suriname', 'República do Suriname'] },
  { iso3: 'TTO', subregion: 'caribbean', isOasMember: true, isCaricom: true, aliases: ['Trinidad and Tobago', 'Trinidad & Tobago', 'Republic of Trinidad and Tobago', 'Trinidad y Tobago', 'República de Trinidad y Tobago', 'Trinité-et-Tobago', 'République de Trinité-et-Tobago', 'Trinidad e Tobago', 'Trindade e Tobago'] },
  { iso3: 'URY', subregion: 'south_america', isOasMember: true, aliases: ['Oriental Republic of Uruguay', 'Eastern Republic of Uruguay', 'República Oriental del Uruguay', "République orientale de l'Uruguay", 'República Oriental do Uruguai', 'Uruguai'] },
  { iso3: 'VEN', subregion: 'south_america', isOasMember: true, aliases: ['Bolivarian Republic of Venezuela', 'República Bolivariana de Venezuela', 'République bolivarienne du Venezuela', 'Venezuela (République bolivarienne du)', 'República Bolivariana da Venezuela', 'Venezuela'] },
  // Caribbean territories that are not OAS members but appear in the same reports (CFATF members).
  { iso3: 'ABW', subregion: 'caribbean', isOasMember: false, aliases: ['Aruba'] },
  { iso3: 'CUW', subregion: 'caribbean', isOasMember: false, aliases: ['Curaçao', 'Curazao'] },
  { iso3: 'SXM', subregion: 'caribbean', isOasMember: false, aliases: ['Sint Maarten', 'Saint-Martin (partie néerlandaise)'] },
  { iso3: 'AIA', subregion: 'caribbean', isOasMember: false, aliases: ['Anguilla', 'Anguila'] },
  { iso3: 'MSR', subregion: 'caribbean', isOasMember: false, isCaricom: true, aliases: ['Montserrat'] },
  { iso3: 'BMU', subregion: 'caribbean', isOasMember: false, aliases: ['Bermuda', 'Bermudes', 'Bermudas'] },
  { iso3: 'CYM', subregion: 'caribbean', isOasMember: false, aliases: ['Cayman Islands', 'Islas Caimán', 'Îles Caïmans', 'Ilhas Cayman'] },
  { iso3: 'TCA', subregion: 'caribbean', isOasMember: false, aliases: ['Turks and Caicos Islands', 'Turks and Caicos', 'Islas Turcas y Caicos', 'Îles Turques-et-Caïques'] },
  { iso3: 'VGB', subregion: 'caribbean', isOasMember: false, aliases: ['British Virgin Islands', 'Islas Vírgenes Británicas', 'Îles Vierges britanniques'] },
  { iso3: 'VIR', subregion: 'caribbean', isOasMember: false, aliases: ['United States Virgin Islands', 'US Virgin Islands', 'Islas Vírgenes de los Estados Unidos', 'Îles Vierges des États-Unis'] },
  { iso3: 'PRI', subregion: 'caribbean', isOasMember: false, aliases: ['Puerto Rico', 'Porto Rico'] },
  { iso3: 'GUF', subregion: 'south_america', isOasMember: false, aliases: ['French Guiana', 'Guyane', 'Guyane française', 'Guayana Francesa', 'Guiana Francesa'] },
  { iso3: 'GLP', subregion: 'caribbean', isOasMember: false, aliases: ['Guadeloupe', 'Guadalupe'] },
  { iso3: 'MTQ', subregion: 'caribbean', isOasMember: false, aliases: ['Martinique', 'Martinica'] },
];

const LEADING_ARTICLE = /^(?:the|la|le|les|l|el|los|las|o|os|a|as) (?=\S)/;

function namesFromLibrary(iso2: string): Record<LanguageCode, string> {
  const names = {} as Record<LanguageCode, string>;
  for (const language of LANGUAGES) names[language] = isoCountries.getName(iso2, language) ?? iso2;
  return names;
}

function buildCountry(seed: CountrySeed): Country {
  const iso2 = isoCountries.alpha3ToAlpha2(seed.iso3);
  if (iso2 === undefined) throw new Error(`unknown ISO code ${seed.iso3} in the country table`);
  return Object.freeze({
    iso3: seed.iso3,
    iso2,
    names: Object.freeze({ ...namesFromLibrary(iso2), ...seed.names }),
    aliases: Object.freeze([...seed.aliases]),
    isOasMember: seed.isOasMember,
    subregion: seed.subregion,
    isCaricom: seed.isCaricom ?? false,
  });
}

export const COUNTRIES: readonly Country[] = Object.freeze(SEEDS.map(buildCountry));

/** The 35 member states, in table order. */
export const OAS_MEMBER_STATES: readonly Country[] = Object.freeze(COUNTRIES.filter((c) => c.isOasMember));

export function lookupKey(name: string): string {
  const key = foldNameKey(name);
  const withoutArticle = key.replace(LEADING_ARTICLE, '');
  return withoutArticle.length > 0 ? withoutArticle : key;
}

const byIso3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));
const byIso2 = new Map(COUNTRIES.map((c) => [c.iso2, c]));
const byName = buildNameIndex();

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  // Library names of every country first, so that our table, added after, wins on conflicts.
  for (const language of LANGUAGES) {
    for (const [iso2, names] of Object.entries(isoCountries.getNames(language, { select: 'all' }))) {
      const iso3 = isoCountries.alpha2ToAlpha3(iso2);
      if (iso3 === undefined) continue;
      for (const name of names) index.set(lookupKey(name), iso3);
    }
  }
  for (const country of COUNTRIES) {
    for (const name of [...Object.values(country.names), ...country.aliases]) index.set(lookupKey(name), country.iso3);
  }
  return index;
}

const outsideCache = new Map<string, Country>();

function countryOutsideTable(iso3: string): Country | undefined {
  const cached = outsideCache.get(iso3);
  if (cached !== undefined) return cached;
  const iso2 = isoCountries.alpha3ToAlpha2(iso3);
  if (iso2 === undefined) return undefined;
  const country: Country = Object.freeze({
    iso3,
    iso2,
    names: Object.freeze(namesFromLibrary(iso2)),
    aliases: Object.freeze([]),
    isOasMember: false,
    subregion: 'outside_americas',
    isCaricom: false,
  });
  outsideCache.set(iso3, country);
  return country;
}

function countryByIso3(iso3: string): Country | undefined {
  return byIso3.get(iso3) ?? countryOutsideTable(iso3);
}

/**
 * A country by ISO alpha-2 or alpha-3 code or by any of its names in en/es/fr/pt, ignoring
 * accents, case, punctuation and a leading article ("la Jamaïque", "The Bahamas").
 */
export function findCountry(nameOrCode: string): Country | undefined {
  const trimmed = nameOrCode.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return undefined;
  // Codes only in capitals: "can" or "per" in running text are words, not Canada or Peru.
  if (/^[A-Z]{2,3}$/.test(trimmed)) {
    const code = trimmed;
    const byCode = code.length === 2 ? byIso2.get(code) : byIso3.get(code);
    if (byCode !== undefined) return byCode;
    if (code.length === 3 && isoCountries.alpha3ToAlpha2(code) !== undefined) return countryOutsideTable(code);
  }
  const iso3 = byName.get(lookupKey(trimmed));
  return iso3 === undefined ? undefined : countryByIso3(iso3);
}

/** Every name and alias known for the table's countries, for finders that scan text. */
export function listCountryNames(): readonly { readonly name: string; readonly iso3: string }[] {
  return COUNTRIES.flatMap((country) =>
    [...new Set([...Object.values(country.names), ...country.aliases])].map((name) => ({ name, iso3: country.iso3 })),
  );
}

/** Whether a code is an ISO 3166-1 alpha-3 code, in capitals (the form records store). */
export function isKnownCountry(iso3: string): boolean {
  return /^[A-Z]{3}$/.test(iso3) && (byIso3.has(iso3) || isoCountries.alpha3ToAlpha2(iso3) !== undefined);
}

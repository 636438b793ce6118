import type { Language } from '../extraction.ts';
import { ENGLISH_PLACES } from './en/places.ts';
import { SPANISH_PLACES } from './es/places.ts';
import { FRENCH_PLACES } from './fr/places.ts';
import { PORTUGUESE_PLACES } from './pt/places.ts';

export interface PlaceName {
  readonly name: string;
  readonly iso3: string;
}

/** How one language names the places of the Americas beyond the shared country table. */
export interface PlaceLexicon {
  /** Short or local names of countries: "Trinité" for Trinidad and Tobago. */
  readonly countryNames: readonly PlaceName[];
  /** Names of the shared table that mean something else in this language (pt "Salvador" is a Brazilian city). */
  readonly notCountries: readonly string[];
  /** City names as this language writes them: "Port-d'Espagne", "Puerto España". */
  readonly cities: readonly PlaceName[];
  /** Words for a country's people or officials, all inflections: "jamaïcains", "funcionarios jamaiquinos". */
  readonly demonyms: readonly PlaceName[];
  /** Prepositions and articles before a place, folded: "a la", "aux", "d". */
  readonly prepositions: readonly string[];
  /** Nouns that make a place part of an instrument's title: "Déclaration de San Salvador". */
  readonly titleNouns: readonly string[];
}

/** Cities written alike in the four languages: capitals and frequent conference venues. */
export const AMERICAS_CITIES: readonly PlaceName[] = [
  { name: "St. John's", iso3: 'ATG' }, { name: 'Buenos Aires', iso3: 'ARG' }, { name: 'Nassau', iso3: 'BHS' },
  { name: 'Freeport', iso3: 'BHS' }, { name: 'Bridgetown', iso3: 'BRB' }, { name: 'Belmopan', iso3: 'BLZ' },
  { name: 'Belize City', iso3: 'BLZ' }, { name: 'La Paz', iso3: 'BOL' }, { name: 'Sucre', iso3: 'BOL' },
  { name: 'Cochabamba', iso3: 'BOL' }, { name: 'Brasília', iso3: 'BRA' }, { name: 'Rio de Janeiro', iso3: 'BRA' },
  { name: 'São Paulo', iso3: 'BRA' }, { name: 'Ottawa', iso3: 'CAN' }, { name: 'Montréal', iso3: 'CAN' },
  { name: 'Toronto', iso3: 'CAN' }, { name: 'Vancouver', iso3: 'CAN' }, { name: 'Santiago de Chile', iso3: 'CHL' },
  { name: 'Santiago', iso3: 'CHL' }, { name: 'Bogotá', iso3: 'COL' }, { name: 'Medellín', iso3: 'COL' },
  { name: 'Cartagena de Indias', iso3: 'COL' }, { name: 'Cartagena', iso3: 'COL' }, { name: 'Cali', iso3: 'COL' },
  { name: 'San José', iso3: 'CRI' }, { name: 'La Habana', iso3: 'CUB' }, { name: 'Roseau', iso3: 'DMA' },
  { name: 'Santo Domingo', iso3: 'DOM' }, { name: 'Punta Cana', iso3: 'DOM' }, { name: 'Quito', iso3: 'ECU' },
  { name: 'Guayaquil', iso3: 'ECU' }, { name: 'San Salvador', iso3: 'SLV' }, { name: 'Washington', iso3: 'USA' },
  { name: 'Miami', iso3: 'USA' }, { name: 'Fort Lauderdale', iso3: 'USA' }, { name: 'New York', iso3: 'USA' },
  { name: 'Atlanta', iso3: 'USA' }, { name: 'Houston', iso3: 'USA' }, { name: "St. George's", iso3: 'GRD' },
  { name: 'La Antigua Guatemala', iso3: 'GTM' }, { name: 'Antigua Guatemala', iso3: 'GTM' }, { name: 'La Antigua', iso3: 'GTM' },
  { name: 'Georgetown', iso3: 'GUY' }, { name: 'Port-au-Prince', iso3: 'HTI' }, { name: 'Tegucigalpa', iso3: 'HND' },
  { name: 'San Pedro Sula', iso3: 'HND' }, { name: 'Kingston', iso3: 'JAM' }, { name: 'Montego Bay', iso3: 'JAM' },
  { name: 'Ocho Rios', iso3: 'JAM' }, { name: 'Cancún', iso3: 'MEX' }, { name: 'Guadalajara', iso3: 'MEX' },
  { name: 'Monterrey', iso3: 'MEX' }, { name: 'Managua', iso3: 'NIC' }, { name: 'Asunción', iso3: 'PRY' },
  { name: 'Lima', iso3: 'PER' }, { name: 'Cusco', iso3: 'PER' }, { name: 'Basseterre', iso3: 'KNA' },
  { name: 'Castries', iso3: 'LCA' }, { name: 'Kingstown', iso3: 'VCT' }, { name: 'Paramaribo', iso3: 'SUR' },
  { name: 'Port of Spain', iso3: 'TTO' }, { name: 'Port-of-Spain', iso3: 'TTO' }, { name: 'Montevideo', iso3: 'URY' },
  { name: 'Punta del Este', iso3: 'URY' }, { name: 'Caracas', iso3: 'VEN' }, { name: 'Isla Margarita', iso3: 'VEN' },
];

export const PLACE_LEXICONS: Readonly<Record<Language, PlaceLexicon>> = {
  fr: FRENCH_PLACES,
  en: ENGLISH_PLACES,
  es: SPANISH_PLACES,
  pt: PORTUGUESE_PLACES,
};

/** Every inflection of a stem: inflect('jamaïc', ['ain', 'aine', 'ains', 'aines']). */
export function inflect(iso3: string, stem: string, endings: readonly string[]): PlaceName[] {
  return endings.map((ending) => ({ name: stem + ending, iso3 }));
}

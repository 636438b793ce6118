import { inflect, type PlaceLexicon, type PlaceName } from '../place-lexicon.ts';

const IEN = ['ien', 'ienne', 'iens', 'iennes'];
const AIN = ['ain', 'aine', 'ains', 'aines'];
const AIS = ['ais', 'aise', 'aises'];
const IN = ['in', 'ine', 'ins', 'ines'];
const EEN = ['éen', 'éenne', 'éens', 'éennes'];

// "américain" is left out: in OAS French it mostly means "of the Americas" ("États américains").
const DEMONYMS: readonly PlaceName[] = [
  ...inflect('JAM', 'jamaïc', AIN), ...inflect('BHS', 'bahami', ['en', 'enne', 'ens', 'ennes']),
  ...inflect('BRB', 'barbad', IEN), ...inflect('TTO', 'trinidad', IEN), ...inflect('GUY', 'guyan', IEN),
  ...inflect('GRD', 'grenad', IEN), ...inflect('HTI', 'haït', IEN), ...inflect('BLZ', 'béliz', IEN),
  ...inflect('SUR', 'surinam', AIS), ...inflect('LCA', 'saint-luc', IEN), ...inflect('DMA', 'dominiqu', AIS),
  ...inflect('ATG', 'antigu', AIS), ...inflect('VCT', 'vincent', AIS), ...inflect('KNA', 'kittit', IEN),
  ...inflect('COL', 'colomb', IEN), ...inflect('MEX', 'mexic', AIN), ...inflect('CAN', 'canad', IEN),
  ...inflect('CHL', 'chil', IEN), ...inflect('PER', 'péruv', IEN), ...inflect('ARG', 'argent', IN),
  ...inflect('BRA', 'brésil', IEN), ...inflect('URY', 'uruguay', ['en', 'enne', 'ens', 'ennes']),
  ...inflect('PRY', 'paraguay', ['en', 'enne', 'ens', 'ennes']), ...inflect('BOL', 'boliv', IEN),
  ...inflect('ECU', 'équator', IEN), ...inflect('VEN', 'vénézuél', IEN), ...inflect('PAN', 'panam', EEN),
  ...inflect('CRI', 'costaric', IEN), ...inflect('NIC', 'nicaraguay', ['en', 'enne', 'ens', 'ennes']),
  ...inflect('HND', 'hondur', IEN), ...inflect('GTM', 'guatémaltèque', ['', 's']), ...inflect('SLV', 'salvador', IEN),
  ...inflect('CUB', 'cub', AIN), ...inflect('DOM', 'dominic', AIN), ...inflect('USA', 'états-un', IEN),
];

export const FRENCH_PLACES: PlaceLexicon = {
  countryNames: [
    { name: 'Trinité', iso3: 'TTO' }, { name: 'Trinidad', iso3: 'TTO' }, { name: 'Tobago', iso3: 'TTO' },
    { name: 'Saint-Vincent', iso3: 'VCT' }, { name: 'Saint-Kitts', iso3: 'KNA' }, { name: 'Nevis', iso3: 'KNA' },
    { name: 'Sainte Lucie', iso3: 'LCA' }, { name: 'Etats-Unis', iso3: 'USA' },
  ],
  // "Granada" in French is the Spanish city; Grenada is "la Grenade".
  notCountries: ['granada'],
  cities: [
    { name: "Port-d'Espagne", iso3: 'TTO' }, { name: 'Port d’Espagne', iso3: 'TTO' }, { name: 'Montréal', iso3: 'CAN' },
    { name: 'Québec', iso3: 'CAN' }, { name: 'La Havane', iso3: 'CUB' }, { name: 'Saint-Domingue', iso3: 'DOM' },
    { name: 'Mexico', iso3: 'MEX' },
    { name: 'Saint-Georges', iso3: 'GRD' }, { name: 'Brasilia', iso3: 'BRA' }, { name: 'Bogota', iso3: 'COL' },
    { name: 'Asuncion', iso3: 'PRY' }, { name: 'Washington D.C.', iso3: 'USA' }, { name: 'New York', iso3: 'USA' },
  ],
  demonyms: DEMONYMS,
  prepositions: ['a', 'a la', "a l", 'au', 'aux', 'en', 'de', 'de la', 'de l', 'd', 'du', 'des', 'dans', 'pour', 'par', 'vers', 'le', 'la', 'les', 'l'],
  titleNouns: ['declaration', 'consensus', 'engagement', 'convention', 'protocole'],
};

import { inflect, type PlaceLexicon, type PlaceName } from '../place-lexicon.ts';

const PLURAL = ['', 's'];

// "Dominican" is left out: it names both Dominica and the Dominican Republic.
const DEMONYMS: readonly PlaceName[] = [
  ...inflect('JAM', 'Jamaican', PLURAL), ...inflect('BHS', 'Bahamian', PLURAL), ...inflect('BRB', 'Barbadian', PLURAL),
  ...inflect('TTO', 'Trinidadian', PLURAL), ...inflect('GUY', 'Guyanese', ['']), ...inflect('GRD', 'Grenadian', PLURAL),
  ...inflect('HTI', 'Haitian', PLURAL), ...inflect('BLZ', 'Belizean', PLURAL), ...inflect('SUR', 'Surinamese', ['']),
  ...inflect('LCA', 'Saint Lucian', PLURAL), ...inflect('LCA', 'St. Lucian', PLURAL), ...inflect('ATG', 'Antiguan', PLURAL),
  ...inflect('VCT', 'Vincentian', PLURAL), ...inflect('KNA', 'Kittitian', PLURAL), ...inflect('COL', 'Colombian', PLURAL),
  ...inflect('MEX', 'Mexican', PLURAL), ...inflect('CAN', 'Canadian', PLURAL), ...inflect('CHL', 'Chilean', PLURAL),
  ...inflect('PER', 'Peruvian', PLURAL), ...inflect('ARG', 'Argentine', PLURAL), ...inflect('ARG', 'Argentinian', PLURAL),
  ...inflect('BRA', 'Brazilian', PLURAL), ...inflect('URY', 'Uruguayan', PLURAL), ...inflect('PRY', 'Paraguayan', PLURAL),
  ...inflect('BOL', 'Bolivian', PLURAL), ...inflect('ECU', 'Ecuadorian', PLURAL), ...inflect('VEN', 'Venezuelan', PLURAL),
  ...inflect('PAN', 'Panamanian', PLURAL), ...inflect('CRI', 'Costa Rican', PLURAL), ...inflect('NIC', 'Nicaraguan', PLURAL),
  ...inflect('HND', 'Honduran', PLURAL), ...inflect('GTM', 'Guatemalan', PLURAL), ...inflect('SLV', 'Salvadoran', PLURAL),
  ...inflect('SLV', 'Salvadorean', PLURAL), ...inflect('CUB', 'Cuban', PLURAL),
];

export const ENGLISH_PLACES: PlaceLexicon = {
  countryNames: [
    { name: 'Trinidad', iso3: 'TTO' }, { name: 'Tobago', iso3: 'TTO' }, { name: 'Nevis', iso3: 'KNA' },
    { name: 'St Kitts', iso3: 'KNA' }, { name: 'St Vincent', iso3: 'VCT' }, { name: 'U.S.', iso3: 'USA' },
  ],
  // In English texts "Granada" is the Spanish city and "Salvador" alone the Brazilian one.
  notCountries: ['granada', 'salvador'],
  cities: [
    { name: 'Havana', iso3: 'CUB' }, { name: 'Mexico City', iso3: 'MEX' }, { name: 'Guatemala City', iso3: 'GTM' },
    { name: 'Panama City', iso3: 'PAN' }, { name: 'Washington, D.C.', iso3: 'USA' }, { name: 'Washington DC', iso3: 'USA' },
    { name: 'Montreal', iso3: 'CAN' }, { name: 'Quebec City', iso3: 'CAN' }, { name: 'Bogota', iso3: 'COL' },
    { name: 'Brasilia', iso3: 'BRA' }, { name: 'Asuncion', iso3: 'PRY' }, { name: 'Medellin', iso3: 'COL' },
  ],
  demonyms: DEMONYMS,
  prepositions: ['in', 'to', 'from', 'of', 'at', 'for', 'by', 'the', 'in the', 'of the', 'from the', 'to the'],
  titleNouns: ['declaration', 'consensus', 'commitment', 'convention', 'protocol'],
};

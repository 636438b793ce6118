import { inflect, type PlaceLexicon, type PlaceName } from '../place-lexicon.ts';

const O = ['o', 'a', 'os', 'as'];
const E = ['e', 'es'];
const ES = ['és', 'esa', 'eses', 'esas'];

const DEMONYMS: readonly PlaceName[] = [
  ...inflect('JAM', 'jamaiquin', O), ...inflect('BHS', 'bahameñ', O), ...inflect('BRB', 'barbadens', E),
  ...inflect('TTO', 'trinitens', E), ...inflect('GUY', 'guyan', ES), ...inflect('GRD', 'granadin', O),
  ...inflect('HTI', 'haitian', O), ...inflect('BLZ', 'beliceñ', O), ...inflect('SUR', 'surinam', ES),
  ...inflect('LCA', 'santalucens', E), ...inflect('DMA', 'dominiqu', ES), ...inflect('ATG', 'antiguan', O),
  ...inflect('VCT', 'sanvicentin', O), ...inflect('KNA', 'sancristobaleñ', O), ...inflect('COL', 'colombian', O),
  ...inflect('MEX', 'mexican', O), ...inflect('CAN', 'canadiens', E), ...inflect('CHL', 'chilen', O),
  ...inflect('PER', 'peruan', O), ...inflect('ARG', 'argentin', O), ...inflect('BRA', 'brasileñ', O),
  ...inflect('URY', 'uruguay', O), ...inflect('PRY', 'paraguay', O), ...inflect('BOL', 'bolivian', O),
  ...inflect('ECU', 'ecuatorian', O), ...inflect('VEN', 'venezolan', O), ...inflect('PAN', 'panameñ', O),
  ...inflect('CRI', 'costarricens', E), ...inflect('NIC', 'nicaragüens', E), ...inflect('HND', 'hondureñ', O),
  ...inflect('GTM', 'guatemaltec', O), ...inflect('SLV', 'salvadoreñ', O), ...inflect('CUB', 'cuban', O),
  ...inflect('DOM', 'dominican', O), ...inflect('USA', 'estadounidens', E),
];

export const SPANISH_PLACES: PlaceLexicon = {
  countryNames: [
    { name: 'Trinidad', iso3: 'TTO' }, { name: 'Tobago', iso3: 'TTO' }, { name: 'Nieves', iso3: 'KNA' },
    { name: 'San Vicente', iso3: 'VCT' }, { name: 'San Cristóbal', iso3: 'KNA' }, { name: 'EE. UU.', iso3: 'USA' },
  ],
  notCountries: [],
  cities: [
    { name: 'Puerto España', iso3: 'TTO' }, { name: 'Puerto de España', iso3: 'TTO' }, { name: 'Ciudad de México', iso3: 'MEX' },
    { name: 'México D.F.', iso3: 'MEX' }, { name: 'Ciudad de Guatemala', iso3: 'GTM' }, { name: 'Ciudad de Panamá', iso3: 'PAN' },
    { name: 'Ciudad de Belice', iso3: 'BLZ' }, { name: 'Nueva York', iso3: 'USA' }, { name: 'Washington D.C.', iso3: 'USA' },
    { name: 'Puerto Príncipe', iso3: 'HTI' }, { name: 'Montreal', iso3: 'CAN' }, { name: 'Brasilia', iso3: 'BRA' },
    // Granada the Spanish city, when the text says so; bare "Granada" is Grenada.
    { name: 'Granada, España', iso3: 'ESP' }, { name: 'Granada (España)', iso3: 'ESP' },
  ],
  demonyms: DEMONYMS,
  prepositions: ['en', 'a', 'de', 'del', 'desde', 'para', 'hacia', 'la', 'las', 'el', 'los', 'en la', 'de la', 'en el', 'de las', 'a la'],
  titleNouns: ['declaracion', 'consenso', 'compromiso', 'convencion', 'protocolo'],
};

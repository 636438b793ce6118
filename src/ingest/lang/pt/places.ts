import { inflect, type PlaceLexicon, type PlaceName } from '../place-lexicon.ts';

const O = ['o', 'a', 'os', 'as'];
const E = ['e', 'es'];
const ES = ['ês', 'esa', 'eses', 'esas'];

const DEMONYMS: readonly PlaceName[] = [
  ...inflect('JAM', 'jamaican', O), ...inflect('BHS', 'bahamens', E), ...inflect('BRB', 'barbadian', O),
  ...inflect('TTO', 'trinitari', O), ...inflect('GUY', 'guianens', E), ...inflect('GRD', 'granadin', O),
  ...inflect('HTI', 'haitian', O), ...inflect('BLZ', 'belizenh', O), ...inflect('SUR', 'surinam', ES),
  ...inflect('LCA', 'santa-lucens', E), ...inflect('COL', 'colombian', O), ...inflect('MEX', 'mexican', O),
  ...inflect('CAN', 'canadens', E), ...inflect('CAN', 'canadian', O), ...inflect('CHL', 'chilen', O),
  ...inflect('PER', 'peruan', O), ...inflect('ARG', 'argentin', O), ...inflect('BRA', 'brasileir', O),
  ...inflect('URY', 'uruguai', O), ...inflect('PRY', 'paraguai', O), ...inflect('BOL', 'bolivian', O),
  ...inflect('ECU', 'equatorian', O), ...inflect('VEN', 'venezuelan', O), ...inflect('PAN', 'panamenh', O),
  ...inflect('CRI', 'costarriquenh', O), ...inflect('NIC', 'nicaraguens', E), ...inflect('HND', 'hondurenh', O),
  ...inflect('GTM', 'guatemalt', ['eco', 'eca', 'ecos', 'ecas']), ...inflect('SLV', 'salvadorenh', O),
  ...inflect('CUB', 'cuban', O), ...inflect('DOM', 'dominican', O), ...inflect('USA', 'estadunidens', E),
];

export const PORTUGUESE_PLACES: PlaceLexicon = {
  countryNames: [
    { name: 'Trinidad', iso3: 'TTO' }, { name: 'Tobago', iso3: 'TTO' }, { name: 'Nevis', iso3: 'KNA' },
    { name: 'São Vicente', iso3: 'VCT' }, { name: 'EUA', iso3: 'USA' },
  ],
  // "Salvador" in Portuguese is the city of Bahia, not El Salvador.
  notCountries: ['salvador'],
  cities: [
    { name: 'Porto de Espanha', iso3: 'TTO' }, { name: 'Cidade do México', iso3: 'MEX' }, { name: 'Cidade da Guatemala', iso3: 'GTM' },
    { name: 'Cidade do Panamá', iso3: 'PAN' }, { name: 'Nova York', iso3: 'USA' }, { name: 'Nova Iorque', iso3: 'USA' },
    { name: 'Salvador', iso3: 'BRA' }, { name: 'Havana', iso3: 'CUB' }, { name: 'Porto Príncipe', iso3: 'HTI' },
    { name: 'Assunção', iso3: 'PRY' }, { name: 'Brasília', iso3: 'BRA' }, { name: 'Montreal', iso3: 'CAN' },
  ],
  demonyms: DEMONYMS,
  prepositions: ['em', 'no', 'na', 'nos', 'nas', 'de', 'do', 'da', 'dos', 'das', 'a', 'o', 'os', 'as', 'ao', 'aos', 'para'],
  titleNouns: ['declaracao', 'consenso', 'compromisso', 'convencao', 'protocolo'],
};

import type { OrganisationLexicon } from '../organisation-lexicon.ts';

export const ENGLISH_ORGANISATIONS: OrganisationLexicon = {
  names: [
    { name: 'OAS General Secretariat', acronym: 'OAS' },
    { name: 'Executive Secretariat of the Inter-American Drug Abuse Control Commission', acronym: 'CICAD' },
    { name: 'UN Office on Drugs and Crime', acronym: 'UNODC' },
    { name: 'US Department of Homeland Security', acronym: 'DHS' },
    { name: 'Royal Canadian Mounted Police', acronym: 'RCMP' },
  ],
  governmentWords: ['government', 'governments'],
  policeWords: ['police', 'constabulary'],
  policeModifiers: ['national', 'federal', 'royal', 'civil', 'force', 'service'],
  connectors: ['of', 'of the', 'the'],
  fundingCues: [
    'with funding from', 'with financial support from', 'with the financial support of', 'with financial assistance from',
    'funded by', 'financed by', 'sponsored by', 'thanks to funding from', 'thanks to a contribution from',
    'thanks to the financial support of', 'with a contribution from', 'with the support of funds from', 'with resources from',
  ],
  listWords: ['and', 'as well as'],
};

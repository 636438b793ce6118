import type { OrganisationLexicon } from '../organisation-lexicon.ts';

export const PORTUGUESE_ORGANISATIONS: OrganisationLexicon = {
  names: [
    { name: 'Secretaria-Geral da OEA', acronym: 'OAS' },
    { name: 'Secretaria Executiva da Comissão Interamericana para o Controle do Abuso de Drogas', acronym: 'CICAD' },
    { name: 'Escritório das Nações Unidas sobre Drogas e Crime', acronym: 'UNODC' },
  ],
  governmentWords: ['governo', 'governos'],
  policeWords: ['policia', 'policias'],
  policeModifiers: ['nacional', 'federal', 'real', 'civil'],
  connectors: ['de', 'do', 'da', 'dos', 'das', 'o', 'a'],
  fundingCues: [
    'com o apoio financeiro', 'com apoio financeiro', 'com o financiamento', 'com financiamento', 'gracas ao financiamento',
    'gracas ao apoio financeiro', 'gracas a uma contribuicao', 'com recursos', 'com fundos', 'financiado pelo', 'financiada pelo',
    'financiado pela', 'financiada pela', 'financiado por', 'financiada por', 'financiados por', 'financiadas por',
  ],
  listWords: ['e', 'bem como'],
};

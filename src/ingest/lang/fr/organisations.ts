import type { OrganisationLexicon } from '../organisation-lexicon.ts';

export const FRENCH_ORGANISATIONS: OrganisationLexicon = {
  names: [
    { name: 'Secrétariat général de l’OEA', acronym: 'OAS' },
    { name: 'Secrétariat général de la OEA', acronym: 'OAS' },
    { name: 'Secrétariat exécutif de la Commission interaméricaine de lutte contre l’abus des drogues', acronym: 'CICAD' },
    { name: 'Organisation internationale de police criminelle', acronym: 'INTERPOL' },
    { name: 'Office des Nations Unies contre la drogue et le crime', acronym: 'UNODC' },
    { name: 'Agence d’exécution en matière de sécurité', acronym: 'IMPACS' },
    { name: 'Agence de mise en œuvre des mesures de sécurité et des mesures de lutte contre la délinquance de la CARICOM', acronym: 'IMPACS' },
    { name: 'Université des Antilles', acronym: 'UWI' },
    { name: 'Union des télécommunications des Caraïbes', acronym: 'CTU' },
  ],
  governmentWords: ['gouvernement', 'gouvernements'],
  policeWords: ['police', 'polices', 'gendarmerie'],
  policeModifiers: ['nationale', 'federale', 'royale', 'civile', 'judiciaire'],
  connectors: ['de', 'du', 'des', 'd', 'de la', 'de l', 'la', 'le', 'les', 'l'],
  fundingCues: [
    'avec le soutien financier', 'avec l\'appui financier', 'grace au soutien financier', 'grace a l\'appui financier',
    'avec le financement', 'grace au financement', 'grace a une contribution', 'grace a la contribution financiere',
    'avec la contribution financiere', 'finance par', 'financee par', 'finances par', 'financees par', 'au moyen de fonds',
    'sur des fonds', 'parraine par', 'subventionne par', 'avec des fonds',
  ],
  listWords: ['et', 'ainsi que'],
};

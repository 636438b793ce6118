import type { OrganisationLexicon } from '../organisation-lexicon.ts';

export const SPANISH_ORGANISATIONS: OrganisationLexicon = {
  names: [
    { name: 'Secretaría General de la OEA', acronym: 'OAS' },
    { name: 'Secretaría Ejecutiva de la Comisión Interamericana para el Control del Abuso de Drogas', acronym: 'CICAD' },
    { name: 'Oficina de las Naciones Unidas contra la Droga y el Delito', acronym: 'UNODC' },
    { name: 'Universidad de las Indias Occidentales', acronym: 'UWI' },
  ],
  governmentWords: ['gobierno', 'gobiernos'],
  policeWords: ['policia', 'policias', 'gendarmeria', 'carabineros'],
  policeModifiers: ['nacional', 'federal', 'real', 'civil'],
  connectors: ['de', 'del', 'de la', 'de los', 'de las', 'la', 'el'],
  fundingCues: [
    'con el financiamiento', 'con financiamiento', 'con la financiacion', 'con el apoyo financiero', 'con apoyo financiero',
    'gracias al financiamiento', 'gracias al apoyo financiero', 'gracias a una contribucion', 'gracias a la contribucion',
    'con fondos', 'con recursos', 'financiado por', 'financiada por', 'financiados por', 'financiadas por', 'con el aporte financiero',
  ],
  listWords: ['y', 'e', 'asi como'],
};

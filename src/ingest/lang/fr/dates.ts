import type { DateLexicon } from '../date-lexicon.ts';

export const FRENCH_DATES: DateLexicon = {
  months: {
    janvier: 1, janv: 1, fevrier: 2, fevr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11,
    nov: 11, decembre: 12, dec: 12,
  },
  ambiguousMonths: ['sept', 'dec', 'oct', 'nov'],
  rangeOpeners: ['du', 'de', 'd', 'depuis'],
  rangeJoiners: ['au', 'a'],
  betweenOpeners: ['entre'],
  listJoiners: ['et'],
  fillers: ['de', 'd'],
  endMarkers: ['fin', 'ici'],
  halves: { premier: 1, '1er': 1, second: 2, deuxieme: 2, '2e': 2, '2eme': 2 },
  halfNouns: ['semestre'],
  thisYear: ['cette annee', 'l annee en cours', 'annee en cours'],
  previousYear: ['l annee precedente', 'l annee derniere', 'l an dernier', 'annee precedente'],
  nextYear: ['l annee prochaine', 'l an prochain', 'l annee suivante'],
};

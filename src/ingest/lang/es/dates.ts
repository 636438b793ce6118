import type { DateLexicon } from '../date-lexicon.ts';

export const SPANISH_DATES: DateLexicon = {
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
    septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  },
  ambiguousMonths: [],
  rangeOpeners: ['del', 'de', 'desde'],
  rangeJoiners: ['al', 'a', 'hasta'],
  betweenOpeners: ['entre'],
  listJoiners: ['y'],
  fillers: ['de', 'del'],
  endMarkers: ['finales', 'fines', 'finale', 'fin'],
  halves: { primer: 1, primero: 1, segundo: 2 },
  halfNouns: ['semestre'],
  thisYear: ['este ano', 'el ano en curso', 'presente ano'],
  previousYear: ['el ano anterior', 'el ano pasado', 'ano anterior'],
  nextYear: ['el proximo ano', 'el ano proximo', 'el ano siguiente'],
};

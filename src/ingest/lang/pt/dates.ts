import type { DateLexicon } from '../date-lexicon.ts';

export const PORTUGUESE_DATES: DateLexicon = {
  months: {
    janeiro: 1, fevereiro: 2, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8,
    setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  },
  ambiguousMonths: [],
  rangeOpeners: ['de', 'desde', 'do'],
  rangeJoiners: ['a', 'ate', 'ao'],
  betweenOpeners: ['entre'],
  listJoiners: ['e'],
  fillers: ['de', 'do'],
  endMarkers: ['final', 'fim', 'finais'],
  halves: { primeiro: 1, segundo: 2 },
  halfNouns: ['semestre'],
  thisYear: ['este ano', 'neste ano', 'o ano em curso', 'corrente ano'],
  previousYear: ['o ano anterior', 'no ano anterior', 'ano passado', 'ano anterior'],
  nextYear: ['o proximo ano', 'no proximo ano', 'ano que vem', 'ano seguinte'],
};

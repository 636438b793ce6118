import type { DateLexicon } from '../date-lexicon.ts';

export const ENGLISH_DATES: DateLexicon = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
    jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  ambiguousMonths: ['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr'],
  rangeOpeners: ['from', 'since'],
  rangeJoiners: ['to', 'until', 'till', 'through', 'thru'],
  betweenOpeners: ['between'],
  listJoiners: ['and'],
  fillers: ['of', 'the'],
  endMarkers: ['end', 'by'],
  halves: { first: 1, second: 2, '1st': 1, '2nd': 2 },
  halfNouns: ['half', 'semester'],
  thisYear: ['this year', 'the current year'],
  previousYear: ['the previous year', 'the year before', 'last year', 'the preceding year'],
  nextYear: ['next year', 'the following year', 'the coming year'],
};

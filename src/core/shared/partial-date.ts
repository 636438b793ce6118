// Dates in narrative reports are rarely exact ("February–March 2011", "during 2010"), so every
// date in the domain carries its own precision: YYYY, YYYY-MM or YYYY-MM-DD.

export type DatePrecision = 'year' | 'month' | 'day';

/** An ISO 8601 calendar date truncated to its known precision: "2011", "2011-02", "2011-02-14". */
export type PartialDate = string;

export interface DateRange {
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedPartialDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
  readonly precision: DatePrecision;
}

export function parsePartialDate(value: string): ParsedPartialDate | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  const precision: DatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { year, month, day, precision };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

export function precisionOf(value: PartialDate): DatePrecision | null {
  return parsePartialDate(value)?.precision ?? null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First calendar day covered by a partial date, as YYYY-MM-DD. */
export function firstDayOf(value: PartialDate): string | null {
  const d = parsePartialDate(value);
  if (!d) return null;
  // A valid full date is already in the form asked for (the pattern fixes every digit).
  if (d.precision === 'day') return value;
  return `${pad(d.year, 4)}-${pad(d.month ?? 1, 2)}-${pad(d.day ?? 1, 2)}`;
}

/** Last calendar day covered by a partial date, as YYYY-MM-DD. */
export function lastDayOf(value: PartialDate): string | null {
  const d = parsePartialDate(value);
  if (!d) return null;
  if (d.precision === 'day') return value;
  const month = d.month ?? 12;
  const day = d.day ?? daysInMonth(d.year, month);
  return `${pad(d.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Compares two partial dates at the coarser of their precisions: "2011" and "2011-03" are equal
 * (neither is known to come first), "2011-02" < "2011-03-05".
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  const width = Math.min(a.length, b.length);
  const left = a.slice(0, width);
  const right = b.slice(0, width);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The calendar interval [first day, last day] a range may cover; open ends stay open. */
export function spanOf(range: DateRange): { readonly from: string | null; readonly to: string | null } {
  const start = range.start ?? range.end;
  const end = range.end ?? range.start;
  return { from: start === null ? null : firstDayOf(start), to: end === null ? null : lastDayOf(end) };
}

/**
 * Whether two ranges may overlap, given their precision. An unknown range (no dates) is never
 * said to overlap: callers that want "unknown counts" must ask for it explicitly.
 */
export function mayOverlap(a: DateRange, b: DateRange): boolean {
  const left = spanOf(a);
  const right = spanOf(b);
  if (left.from === null || right.from === null || left.to === null || right.to === null) return false;
  return left.from <= right.to && right.from <= left.to;
}

/** Whether a range lies at least partly inside [from, to] (calendar days, inclusive). */
export function touchesPeriod(range: DateRange, period: { readonly from: string; readonly to: string }): boolean {
  return mayOverlap(range, { start: period.from, end: period.to });
}

/** Sorts ranges by start (unknown dates last), then by end. */
export function compareRanges(a: DateRange, b: DateRange): number {
  const sa = spanOf(a);
  const sb = spanOf(b);
  if (sa.from === null || sb.from === null) return sa.from === sb.from ? 0 : sa.from === null ? 1 : -1;
  if (sa.from !== sb.from) return sa.from < sb.from ? -1 : 1;
  return (sa.to ?? '') < (sb.to ?? '') ? -1 : (sa.to ?? '') > (sb.to ?? '') ? 1 : 0;
}

/** The six-monthly reporting period (semester) that contains a day: 2011-H1 or 2011-H2. */
export interface Semester {
  readonly year: number;
  readonly half: 1 | 2;
}

export function semesterBounds(semester: Semester): { readonly from: string; readonly to: string } {
  return semester.half === 1
    ? { from: `${semester.year}-01-01`, to: `${semester.year}-06-30` }
    : { from: `${semester.year}-07-01`, to: `${semester.year}-12-31` };
}

export function parseSemester(value: string): Semester | null {
  const match = /^(\d{4})-H([12])$/.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), half: match[2] === '1' ? 1 : 2 };
}

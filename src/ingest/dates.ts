import type { Language } from './extraction.ts';
import { DATE_LEXICONS } from './lang/date-lexicon.ts';
import type { DateLexicon } from './lang/date-lexicon.ts';
import { readAsciiRuns, tokenizedAlready } from './tokenized-text.ts';
import { foldRange, lexiconPhrasesOf, tokenizeWords, WordSet } from './words.ts';
import { idOfWord } from './word-table.ts';

/** One end of a written date; what the text leaves out stays null (the year may come from context). */
export interface DatePoint {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

export type RelativeYear = 'this_year' | 'previous_year' | 'next_year';

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly first: DatePoint;
  readonly last: DatePoint;
  /** "fin mars 2012", "by the end of March": the date ends something that has no known start. */
  readonly isEndOnly: boolean;
  readonly relative: RelativeYear | null;
}

export interface ResolvedDate {
  readonly start: string | null;
  readonly end: string | null;
}

interface Token {
  readonly key: string;
  readonly id: number;
  readonly start: number;
  readonly end: number;
  /** Joined to the previous token by a dash: "février-mars", "13–31", "2013-2015". */
  readonly isDashed: boolean;
  /** A comma or other punctuation stands between this token and the previous one. */
  readonly hasPunctuationBefore: boolean;
}

const MIN_YEAR = 1950;
const MAX_YEAR = 2099;
const DAY = /^(\d{1,2})(?:er|re|st|nd|rd|th|o|a|º|°)?$/;
const YEAR = /^\d{4}$/;
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
// Numbers after these words are symbols or paragraph numbers, never years ("AG/RES. 2005").
const SYMBOL_WORDS = new Set(['res', 'dec', 'doc', 'no', 'n', 'nº', 'num', 'resolution', 'resolucion', 'resolucao', 'ag', 'cp', 'paragraphe', 'paragraph', 'parrafo', 'paragrafo']);

function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = start;
  for (const word of tokenizeWords(text, start, end)) {
    let isDashed = false;
    let hasPunctuation = false;
    for (let i = previousEnd; i < word.start; i += 1) {
      const code = text.charCodeAt(i);
      // A single space is the usual gap: no string to build for it.
      if (code === 32) continue;
      const char = text[i] ?? ' ';
      if (DASHES.has(char)) isDashed = true;
      else if (char !== ' ' && char !== '\u00a0' && char !== '\u202f' && char !== '\t') hasPunctuation = true;
    }
    previousEnd = word.end;
    const key = word.key;
    if (!key.includes('-') && !key.includes("'")) {
      tokens.push({ key, id: word.id, start: word.start, end: word.end, isDashed: isDashed && tokens.length > 0, hasPunctuationBefore: hasPunctuation });
      continue;
    }
    // A dash inside a word ("février-mars", "2013-2015") separates date parts; an apostrophe
    // separates an elided article ("d'avril", "l'année").
    let partStart = word.start;
    let separator = '';
    for (let k = 0; k <= key.length; k += 1) {
      const char = key[k];
      if (char !== undefined && char !== '-' && char !== "'") continue;
      const part = key.slice(partStart - word.start, k);
      tokens.push({
        key: part,
        id: idOfWord(part),
        start: partStart,
        end: word.start + k,
        isDashed: separator === '' ? isDashed && tokens.length > 0 : separator === '-',
        hasPunctuationBefore: separator === '' ? hasPunctuation : false,
      });
      separator = char ?? '';
      partStart = word.start + k + 1;
    }
  }
  return tokens;
}

interface Parsed {
  readonly point: DatePoint;
  /** The last day of a day list ("les 11 et 12"), when there is one. */
  readonly lastDay: number | null;
  readonly next: number;
  /** For a half-year: the month span it covers. */
  readonly months?: readonly [number, number];
}

function dayOf(key: string): number | null {
  const match = DAY.exec(key);
  if (!match?.[1]) return null;
  const day = Number(match[1]);
  return day >= 1 && day <= 31 ? day : null;
}

function isYearToken(tokens: readonly Token[], i: number, text: string): number | null {
  const token = tokens[i];
  if (!token || !YEAR.test(token.key)) return null;
  const year = Number(token.key);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const before = text[token.start - 1];
  if (before === '/' || before === '.') return null;
  const after = text[token.end];
  if (after === '/' || (after === '.' && /\d/.test(text[token.end + 1] ?? ''))) return null;
  const previous = tokens[i - 1];
  if (previous && SYMBOL_WORDS.has(previous.key) && !previous.isDashed) return null;
  return year;
}

class DateParser {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: DateLexicon,
  ) {}

  monthAt(i: number, hasNeighbour: boolean): number | null {
    const token = this.tokens[i];
    if (!token) return null;
    const month = this.lexicon.months[token.key];
    if (month === undefined) return null;
    if (!hasNeighbour && this.lexicon.ambiguousMonths.includes(token.key)) return null;
    // "Sept" as an abbreviation is only read when written with a capital or beside a year.
    return month;
  }

  skipFillers(i: number): number {
    let j = i;
    while (j < i + 2 && this.lexicon.fillers.includes(this.tokens[j]?.key ?? '')) j += 1;
    return j;
  }

  /** Month [filler] [year], or (English) Month day[,] year. */
  parseMonthYear(i: number): Parsed | null {
    const afterFillers = this.skipFillers(i + 1);
    const year = isYearToken(this.tokens, afterFillers, this.text);
    const previousKey = this.tokens[i - 1]?.key ?? '';
    const day = dayOf(this.tokens[i + 1]?.key ?? '');
    const yearAfterDay = day !== null ? isYearToken(this.tokens, i + 2, this.text) : null;
    const hasNeighbour = year !== null || yearAfterDay !== null || ['in', 'en', 'em', 'of', 'since', 'until', 'during'].includes(previousKey) || this.tokens[i + 1]?.isDashed === true || this.tokens[i]?.isDashed === true;
    const month = this.monthAt(i, hasNeighbour);
    if (month === null) return null;
    if (year !== null) return { point: { year, month, day: null }, lastDay: null, next: afterFillers + 1 };
    if (day !== null && yearAfterDay !== null) return { point: { year: yearAfterDay, month, day }, lastDay: null, next: i + 3 };
    return { point: { year: null, month, day: null }, lastDay: null, next: i + 1 };
  }

  /** day [(et|,) day]* [filler] month [filler] [year] */
  parseDays(i: number): Parsed | null {
    const firstDay = dayOf(this.tokens[i]?.key ?? '');
    if (firstDay === null) return null;
    let lastDay = firstDay;
    let j = i + 1;
    for (let guard = 0; guard < 8; guard += 1) {
      const token = this.tokens[j];
      const isJoiner = token && (this.lexicon.listJoiners.includes(token.key));
      if (isJoiner) {
        const day = dayOf(this.tokens[j + 1]?.key ?? '');
        if (day === null) break;
        lastDay = day;
        j += 2;
        continue;
      }
      const day = token?.hasPunctuationBefore && this.text[token.start - 1] === ',' ? dayOf(token.key) : null;
      if (day === null) break;
      lastDay = day;
      j += 1;
    }
    const monthIndex = this.skipFillers(j);
    const monthYear = this.parseMonthYear(monthIndex);
    if (monthYear === null || monthYear.point.month === null) return null;
    return {
      point: { year: monthYear.point.year, month: monthYear.point.month, day: firstDay },
      lastDay: lastDay === firstDay ? null : lastDay,
      next: monthYear.next,
    };
  }

  parseHalf(i: number): Parsed | null {
    const half = this.lexicon.halves[this.tokens[i]?.key ?? ''];
    if (half === undefined) return null;
    if (!this.lexicon.halfNouns.includes(this.tokens[i + 1]?.key ?? '')) return null;
    const yearIndex = this.skipFillers(i + 2);
    const year = isYearToken(this.tokens, yearIndex, this.text);
    if (year === null) return null;
    return { point: { year, month: null, day: null }, lastDay: null, next: yearIndex + 1, months: half === 1 ? [1, 6] : [7, 12] };
  }

  parsePoint(i: number): Parsed | null {
    const year = isYearToken(this.tokens, i, this.text);
    if (year !== null) return { point: { year, month: null, day: null }, lastDay: null, next: i + 1 };
    return this.parseHalf(i) ?? this.parseDays(i) ?? this.parseMonthYear(i);
  }
}

function precisionRank(point: DatePoint): number {
  return point.day !== null ? 3 : point.month !== null ? 2 : point.year !== null ? 1 : 0;
}

/** Fills the left end of a range from the right: "13 au 31 octobre 2014", "février-mars 2011". */
function completeRange(left: DatePoint, right: DatePoint): DatePoint | null {
  const leftRank = precisionRank(left);
  if (left.day !== null && right.day === null) return null;
  if (left.day === null && left.month !== null && right.month === null) return null;
  if (left.month === null && left.year !== null && right.month !== null && right.year !== null) return null;
  const month = left.month ?? (left.day !== null ? right.month : null);
  let year = left.year;
  if (year === null && right.year !== null) year = month !== null && right.month !== null && month > right.month ? right.year - 1 : right.year;
  if (leftRank === 0) return null;
  return { year, month, day: left.day };
}

/** Dates written in text[start, end), each with the precision the text gives. */
export function findDates(text: string, language: Language, start = 0, end = text.length): DateMention[] {
  const found: DateMention[] = [];
  // Every date names a month or a year ("cette année" included): only the text around such a word is parsed.
  for (const window of findDateWindows(text, language, start, end)) {
    for (const mention of findDatesIn(text, language, window.start, window.end)) found.push(mention);
  }
  return found;
}

const ANCHOR_REACH = 80;
const anchorCache = new Map<Language, RegExp>();

/** Months, half-year nouns and the longer words of relative-year phrases, longest first. */
function anchorWordList(language: Language): string[] {
  const lexicon = DATE_LEXICONS[language];
  const relativeWords = [...lexicon.thisYear, ...lexicon.previousYear, ...lexicon.nextYear].flatMap((p) => p.split(' ')).filter((w) => w.length >= 4);
  return [...new Set([...Object.keys(lexicon.months), ...lexicon.halfNouns, ...relativeWords])].sort((a, b) => b.length - a.length);
}

function anchorPattern(language: Language): RegExp {
  let pattern = anchorCache.get(language);
  if (!pattern) {
    const words = anchorWordList(language);
    // Literal alternatives and a bounded digit run: matching stays linear.
    // Only a four-digit number that can be a year (MIN_YEAR..MAX_YEAR) opens a window: symbols and
    // codes ("AG/RES. 2619") would otherwise join every window of a long list into one.
    pattern = new RegExp(`(?<![a-z0-9])(?:${words.join('|')}|19[5-9]\\d|20\\d\\d)(?![a-z0-9])`, 'g');
    anchorCache.set(language, pattern);
  }
  return pattern;
}

/** The stretches of text[start, end) that findDates parses: around each month, half-year, relative-year or year word. */
export function findDateWindows(text: string, language: Language, start: number, end: number): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  const tokens = tokenizedAlready(text);
  const anchors = anchorWordsOf(language);
  if (tokens !== null && anchors.isPlain) {
    // Plain anchor words: the runs of the document's words answer the pattern without reading every character again.
    const runs = scratchRuns;
    const written = readAsciiRuns(tokens, start, end, runs);
    for (let k = 0; k < written; k += 3) {
      const runStart = runs[k] ?? 0;
      const runEnd = runs[k + 1] ?? 0;
      const id = runs[k + 2] ?? -1;
      const isAnchor = isYear(tokens.folded, runStart, runEnd) || (id >= 0 ? anchors.words.has(id) : anchors.strings.has(tokens.folded.slice(runStart, runEnd)));
      if (isAnchor) addWindow(windows, text, start, end, runStart, runEnd);
    }
    return windows;
  }
  const folded = foldRange(text, start, end);
  const pattern = anchorPattern(language);
  pattern.lastIndex = 0;
  for (const match of folded.matchAll(pattern)) addWindow(windows, text, start, end, start + match.index, start + match.index + match[0].length);
  return windows;
}

// Read and used at once for each range: one array serves every call.
const scratchRuns: number[] = [];

/** The window around an anchor word, merged with the last one when they touch. */
function addWindow(windows: { start: number; end: number }[], text: string, start: number, end: number, anchorStart: number, anchorEnd: number): void {
  const from = widenToSpace(text, anchorStart - ANCHOR_REACH, start, -1);
  const to = widenToSpace(text, anchorEnd + ANCHOR_REACH, end, 1);
  const last = windows[windows.length - 1];
  if (last && from <= last.end) last.end = Math.max(last.end, to);
  else windows.push({ start: from, end: to });
}

interface AnchorWords {
  readonly words: WordSet;
  readonly strings: ReadonlySet<string>;
  /** All a-z and 0-9, so that a match is always a whole run. */
  readonly isPlain: boolean;
}

const anchorWordCache = new Map<Language, AnchorWords>();

/** The words of anchorPattern, as a set of word ids and of strings. */
function anchorWordsOf(language: Language): AnchorWords {
  let built = anchorWordCache.get(language);
  if (!built) {
    const list = anchorWordList(language);
    built = { words: new WordSet(list), strings: new Set(list), isPlain: list.every((word) => /^[a-z0-9]+$/.test(word)) };
    anchorWordCache.set(language, built);
  }
  return built;
}

/** A run of four digits that anchorPattern reads as a year: MIN_YEAR to MAX_YEAR. */
function isYear(folded: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  let year = 0;
  for (let at = start; at < end; at += 1) {
    const digit = folded.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return false;
    year = year * 10 + digit;
  }
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Moves an offset to the nearest space (at most a few characters away) so that no word is cut. */
function widenToSpace(text: string, offset: number, limit: number, direction: 1 | -1): number {
  let at = direction < 0 ? Math.max(limit, offset) : Math.min(limit, offset);
  for (let steps = 0; steps < 40; steps += 1) {
    if (direction < 0 ? at <= limit : at >= limit) return limit;
    const char = text[at] ?? ' ';
    if (char === ' ' || char === '\n' || char === '\t') return at;
    at += direction;
  }
  return at;
}

function findDatesIn(text: string, language: Language, start: number, end: number): DateMention[] {
  const lexicon = DATE_LEXICONS[language];
  const tokens = tokenize(text, start, end);
  const parser = new DateParser(text, tokens, lexicon);
  const found: DateMention[] = [];
  let i = 0;
  const starters = startersOf(lexicon);
  while (i < tokens.length) {
    const head = tokens[i]?.key ?? '';
    // Most words cannot begin a date: skip them with one look-up.
    if (!starters.has(head) && !(head.charCodeAt(0) >= 48 && head.charCodeAt(0) <= 57)) {
      i += 1;
      continue;
    }
    const relative = readRelative(tokens, i, lexicon);
    if (relative) {
      const first = tokens[i];
      const last = tokens[i + relative.length - 1];
      if (first && last) found.push({ start: first.start, end: last.end, first: { year: null, month: null, day: null }, last: { year: null, month: null, day: null }, isEndOnly: false, relative: relative.kind });
      i += relative.length;
      continue;
    }
    const token = tokens[i];
    if (!token) break;
    const isOpener = lexicon.rangeOpeners.includes(token.key) || lexicon.betweenOpeners.includes(token.key);
    const pointStart = isOpener ? i + 1 : i;
    const left = parser.parsePoint(pointStart) ?? parseBareDayBeforeRange(parser, tokens, pointStart, lexicon);
    if (left === null) {
      i += 1;
      continue;
    }
    let first = left.point;
    let last: DatePoint = left.lastDay !== null ? { ...left.point, day: left.lastDay } : left.point;
    if (left.months) {
      first = { ...left.point, month: left.months[0] };
      last = { ...left.point, month: left.months[1] };
    }
    let next = left.next;
    const joiner = tokens[next];
    const isBetween = lexicon.betweenOpeners.includes(token.key);
    const joinsRange = joiner && left.lastDay === null && !left.months && (
      joiner.isDashed
      || (isBetween ? lexicon.listJoiners.includes(joiner.key) : lexicon.rangeJoiners.includes(joiner.key))
    );
    if (joinsRange) {
      const rightStart = joiner.isDashed ? next : next + 1;
      const right = parser.parsePoint(rightStart);
      const completed = right ? completeRange(left.point, right.point) : null;
      if (right && completed) {
        first = completed;
        last = right.point;
        next = right.next;
      }
    }
    const spanStart = isOpener && (next > left.next || pointStart === i + 1) ? (tokens[pointStart]?.start ?? token.start) : token.start;
    const isEndOnly = lexicon.endMarkers.includes(tokens[i - 1]?.key ?? '') || lexicon.endMarkers.includes(tokens[i - 2]?.key ?? '');
    const lastToken = tokens[next - 1];
    found.push({ start: spanStart, end: lastToken?.end ?? token.end, first, last, isEndOnly, relative: null });
    i = next;
  }
  return found;
}

/** The first day of "du 13 au 31 octobre", "from 13 to 31 October": its month comes after. */
function parseBareDayBeforeRange(parser: DateParser, tokens: readonly Token[], i: number, lexicon: DateLexicon): Parsed | null {
  const day = dayOf(tokens[i]?.key ?? '');
  const joiner = tokens[i + 1];
  if (day === null || !joiner) return null;
  const isJoiner = joiner.isDashed || lexicon.rangeJoiners.includes(joiner.key) || lexicon.listJoiners.includes(joiner.key);
  if (!isJoiner) return null;
  const right = parser.parsePoint(joiner.isDashed ? i + 1 : i + 2);
  if (!right || right.point.day === null) return null;
  return { point: { year: null, month: null, day }, lastDay: null, next: i + 1 };
}

const startersCache = new WeakMap<DateLexicon, ReadonlySet<string>>();

/** Words a date may begin with: months, range openers, half-year ordinals, relative-year phrases. */
function startersOf(lexicon: DateLexicon): ReadonlySet<string> {
  let starters = startersCache.get(lexicon);
  if (!starters) {
    const relatives = [...lexicon.thisYear, ...lexicon.previousYear, ...lexicon.nextYear].map((p) => p.split(' ')[0] ?? '');
    starters = new Set([...Object.keys(lexicon.months), ...lexicon.rangeOpeners, ...lexicon.betweenOpeners, ...Object.keys(lexicon.halves), ...relatives]);
    startersCache.set(lexicon, starters);
  }
  return starters;
}

function readRelative(tokens: readonly Token[], i: number, lexicon: DateLexicon): { kind: RelativeYear; length: number } | null {
  const lists: readonly [RelativeYear, readonly string[]][] = [['this_year', lexicon.thisYear], ['previous_year', lexicon.previousYear], ['next_year', lexicon.nextYear]];
  for (const [kind, phrases] of lists) {
    const length = lexiconPhrasesOf(phrases).matchAt(tokens, i);
    if (length > 0) return { kind, length };
  }
  return null;
}

function formatPoint(point: DatePoint, year: number): string {
  const yyyy = String(year).padStart(4, '0');
  if (point.month === null) return yyyy;
  const mm = String(point.month).padStart(2, '0');
  if (point.day === null) return `${yyyy}-${mm}`;
  return `${yyyy}-${mm}-${String(point.day).padStart(2, '0')}`;
}

/** The year a mention states last, to carry to later month-only mentions of the same passage. */
export function statedYear(mention: DateMention): number | null {
  return mention.last.year ?? mention.first.year;
}

/**
 * Turns a mention into ISO partial dates. A month without a year takes `contextYear` (the year the
 * paragraph or section gives); "cette année" takes `documentYear`; "l'année précédente" is the year
 * before the context. Null when no year can be found.
 */
export function resolveDate(mention: DateMention, contextYear: number | null, documentYear: number | null): ResolvedDate | null {
  if (mention.relative !== null) {
    const base = mention.relative === 'this_year' ? documentYear ?? contextYear : contextYear ?? documentYear;
    if (base === null) return null;
    const year = mention.relative === 'previous_year' ? base - 1 : mention.relative === 'next_year' ? base + 1 : base;
    return { start: String(year), end: String(year) };
  }
  const lastYear = mention.last.year ?? contextYear;
  if (lastYear === null) return null;
  const firstYear = mention.first.year ?? (mention.first.month !== null && mention.last.month !== null && mention.first.month > mention.last.month ? lastYear - 1 : lastYear);
  const endText = formatPoint(mention.last, lastYear);
  if (mention.isEndOnly) return { start: null, end: endText };
  return { start: formatPoint(mention.first, firstYear), end: endText };
}

// OAS document symbols as they are written in real reports (GAZETTEERS.md §2), noise included,
// turned into one canonical spelling so that the same instrument is one record.
import { foldText } from '../reference/fold-text.ts';
import type { InstrumentKind } from './instrument.ts';
import { formatRomanNumeral, parseRomanNumeral } from './roman-numerals.ts';

export interface InstrumentSession {
  readonly numeral: string;
  readonly type: 'regular' | 'special';
  readonly year?: number;
}

export interface InstrumentSymbol {
  readonly asWritten: string;
  readonly canonical: string;
  readonly isRecognised: boolean;
  readonly kind: InstrumentKind;
  /** Issuing body or series: 'AG', 'CP', 'CICTE', 'RTP-III', 'CP/CSH', 'UNSC'. */
  readonly body: string;
  readonly number: number | null;
  readonly session?: InstrumentSession;
  /** Permanent Council meeting number, the first figure in "CP/RES. 908 (1567/06)". */
  readonly meeting?: number;
  readonly year?: number;
  /** "rev. 1", "corr. 1", "add. 1" as one canonical string. */
  readonly suffix?: string;
  readonly issues: readonly string[];
}

type Parsed = Omit<InstrumentSymbol, 'asWritten' | 'isRecognised' | 'issues'> & { readonly issues: string[] };

const MAX_SYMBOL_LENGTH = 200;
// First regular session of the General Assembly was held in 1971: year = 1970 + session.
const FIRST_REGULAR_SESSION_YEAR_OFFSET = 1970;

// Spelled out in both cases because some patterns using it are case-sensitive.
const SUFFIX_SOURCE = String.raw`((?: ?(?:[Rr][Ee][Vv]|[Cc][Oo][Rr][Rr]?|[Aa][Dd][Dd])\.? ?\d{1,2}){1,3})?`;
const SUFFIX_PART = /(rev|corr|cor|add)\.? ?(\d{1,2})/gi;

const ASSEMBLY = new RegExp(
  String.raw`^AG ?[/|] ?(?:(RES|DEC)(?![A-Z]))? ?[.\-–]? ?(\d{1,4})? ?(?:\(([^()]{1,24})\))?` + SUFFIX_SOURCE + '$',
  'i',
);
const ASSEMBLY_SESSION = /^([IVXLCDM1]{1,12}) ?[-–—]? ?([OE0]) ?(\/)? ?(\d{2}|\d{4})?$/;
const COUNCIL_ACT = new RegExp(
  String.raw`^CP ?\/ ?(RES|DEC)(?![A-Z]) ?[.\-]? ?(\d{1,4}) ?(?:\( ?(\d{1,4}) ?\/ ?(\d{2}) ?\))?` + SUFFIX_SOURCE + '$',
  'i',
);
const BODY_ACT = new RegExp(
  String.raw`^([A-Z][A-Z-]{1,11}) ?\/ ?(DEC|RES)(?![A-Z]) ?\.? ?(\d{1,4}) ?\/ ?(\d{2})` + SUFFIX_SOURCE + '$',
  'i',
);
const BODY = String.raw`[A-Z][A-Za-z]{1,11}(?:[- ][IVX]{1,6})?(?:\/[A-Z][A-Za-z]{1,11}(?:-[IVX]{1,6})?){0,2}`;
const SERIES_DOCUMENT = new RegExp(
  String.raw`^(${BODY}) ?\/ ?(doc|DOC|Doc|inf|INF|Inf) ?(\.{0,2}) ?(\d{1,5}) ?(\.?) ?\/ ?(\d{2})` + SUFFIX_SOURCE + '$',
);
const COMMITTEE_DOCUMENT = new RegExp(
  String.raw`^CP ?\/ ?([A-Z]{2,6})(?:\/([A-Z]{2,4}))? ?[-–] ?(\d{1,5}) ?\/ ?(\d{2})` + SUFFIX_SOURCE + '$',
);
const UN_SHORT = /^(?:UNSC|UN ?SC|UN Security Council) ?(?:res(?:olution)?\.? ?)?(\d{2,4})(?: ?\((\d{4})\))?$/i;
const UN_SERIES = /^S ?\/ ?RES ?\/ ?(\d{2,4})(?: ?\((\d{4})\))?$/i;
// Cheap test before folding: every council name below starts with one of these stems.
const UN_COUNCIL_HINT = /council|conse|consejo/i;
const UN_COUNCIL_WORDS = /(?:security council|conseil de securite|consejo de seguridad|conselho de seguranca)/;
const UN_RESOLUTION_NUMBER = /resolu(?:tion|cion|cao)s? (?:n[o°º]\.? ?)?(\d{3,4})\b/;
const UN_YEAR = /\((\d{4})\)/;

export function parseInstrumentSymbol(raw: string): InstrumentSymbol {
  const squashed = raw.replace(/\s+/g, ' ').trim();
  if (squashed.length === 0 || squashed.length > MAX_SYMBOL_LENGTH) {
    return unrecognised(raw, squashed, [squashed.length === 0 ? 'empty symbol' : 'too long to be a symbol']);
  }
  const parsed =
    parseUnResolution(squashed) ??
    parseAssemblyAct(squashed) ??
    parseCouncilAct(squashed) ??
    parseCommitteeDocument(squashed) ??
    parseBodyAct(squashed) ??
    parseSeriesDocument(squashed);
  if (parsed === undefined) return unrecognised(raw, squashed, ['unknown symbol form']);
  return Object.freeze({ ...parsed, asWritten: raw, isRecognised: true, issues: Object.freeze(parsed.issues) });
}

function unrecognised(raw: string, squashed: string, issues: string[]): InstrumentSymbol {
  return Object.freeze({
    asWritten: raw,
    canonical: squashed,
    isRecognised: false,
    kind: 'other',
    body: '',
    number: null,
    issues: Object.freeze(issues),
  });
}

function parseAssemblyAct(text: string): Parsed | undefined {
  const match = ASSEMBLY.exec(text);
  if (!match) return undefined;
  const [, series, digits, sessionText, suffixText] = match;
  if (digits === undefined) return undefined;
  const issues: string[] = [];
  const isDeclaration = series?.toUpperCase() === 'DEC';
  if (series === undefined) issues.push('series RES missing after AG/');
  const number = Number(digits);
  const suffix = formatSuffix(suffixText);
  const head = `AG/${isDeclaration ? 'DEC' : 'RES'}. ${number}`;
  const kind: InstrumentKind = isDeclaration ? 'declaration' : 'resolution';
  if (sessionText === undefined) {
    issues.push('session missing');
    return withSuffix({ canonical: head, kind, body: 'AG', number, issues }, suffix);
  }
  const session = parseAssemblySession(sessionText, issues);
  if (session === undefined) return undefined;
  const canonical = `${head} (${session.numeral}-${session.type === 'regular' ? 'O' : 'E'}${
    session.year === undefined ? '' : `/${String(session.year % 100).padStart(2, '0')}`
  })`;
  return withSuffix(
    { canonical, kind, body: 'AG', number, session, ...(session.year === undefined ? {} : { year: session.year }), issues },
    suffix,
  );
}

function parseAssemblySession(text: string, issues: string[]): InstrumentSession | undefined {
  const match = ASSEMBLY_SESSION.exec(text.toUpperCase().replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  const [whole, written = '', letter = '', slash, yearText] = match;
  let numeral = written;
  if (numeral.includes('1')) {
    issues.push('digit 1 written for I in the session numeral');
    numeral = numeral.replaceAll('1', 'I');
  }
  if (letter === '0') issues.push('digit 0 written for the letter O');
  if (!/[-–—]/.test(whole)) issues.push('hyphen missing in the session');
  if (yearText !== undefined && slash === undefined) issues.push('slash missing before the year');
  const year = yearText === undefined ? undefined : expandYear(yearText);
  const value = parseRomanNumeral(numeral);
  if (letter === 'E') {
    if (value === undefined) return undefined;
    return year === undefined ? { numeral, type: 'special' } : { numeral, type: 'special', year };
  }
  if (year === undefined) {
    if (value === undefined) return undefined;
    return { numeral, type: 'regular', year: FIRST_REGULAR_SESSION_YEAR_OFFSET + value };
  }
  const expected = year - FIRST_REGULAR_SESSION_YEAR_OFFSET;
  if (expected < 1) return undefined;
  if (value !== expected) {
    const trusted = formatRomanNumeral(expected);
    issues.push(`session numeral ${numeral} does not match the year ${year}; ${trusted} taken from the year`);
    numeral = trusted;
  }
  return { numeral, type: 'regular', year };
}

function parseCouncilAct(text: string): Parsed | undefined {
  const match = COUNCIL_ACT.exec(text);
  if (!match) return undefined;
  const [, series = '', digits = '', meetingText, yearText, suffixText] = match;
  const isDeclaration = series.toUpperCase() === 'DEC';
  const number = Number(digits);
  const issues: string[] = [];
  const head = `CP/${isDeclaration ? 'DEC' : 'RES'}. ${number}`;
  const kind: InstrumentKind = isDeclaration ? 'declaration' : 'resolution';
  if (meetingText === undefined || yearText === undefined) {
    issues.push('meeting and year missing');
    return withSuffix({ canonical: head, kind, body: 'CP', number, issues }, formatSuffix(suffixText));
  }
  const meeting = Number(meetingText);
  return withSuffix(
    { canonical: `${head} (${meeting}/${yearText})`, kind, body: 'CP', number, meeting, year: expandYear(yearText), issues },
    formatSuffix(suffixText),
  );
}

function parseBodyAct(text: string): Parsed | undefined {
  const match = BODY_ACT.exec(text);
  if (!match) return undefined;
  const [, bodyText = '', series = '', digits = '', yearText = '', suffixText] = match;
  const body = bodyText.toUpperCase();
  if (body === 'AG' || body === 'CP') return undefined;
  const isDeclaration = series.toUpperCase() === 'DEC';
  const number = Number(digits);
  return withSuffix(
    {
      canonical: `${body}/${isDeclaration ? 'DEC' : 'RES'}. ${number}/${yearText}`,
      kind: isDeclaration ? 'declaration' : 'resolution',
      body,
      number,
      year: expandYear(yearText),
      issues: [],
    },
    formatSuffix(suffixText),
  );
}

function parseSeriesDocument(text: string): Parsed | undefined {
  const match = SERIES_DOCUMENT.exec(text);
  if (!match) return undefined;
  const [, bodyText = '', series = '', leadingDots = '', digits = '', strayDot = '', yearText = '', suffixText] = match;
  const issues: string[] = [];
  if (leadingDots.length > 1 || strayDot.length > 0) issues.push('stray period in the symbol');
  const body = bodyText.toUpperCase();
  const number = Number(digits);
  const isInformation = series.toLowerCase() === 'inf';
  const canonical = isInformation ? `${body}/INF. ${number}/${yearText}` : `${body}/doc.${number}/${yearText}`;
  return withSuffix(
    { canonical, kind: kindOfDocument(body), body, number, year: expandYear(yearText), issues },
    formatSuffix(suffixText),
  );
}

function kindOfDocument(body: string): InstrumentKind {
  if (body === 'CP') return 'council_document';
  if (body.startsWith('CP/') || body.startsWith('CICTE') || body.startsWith('CICAD') || body.startsWith('CIDI')) {
    return 'committee_document';
  }
  if (body === 'AG') return 'other';
  return 'meeting_document';
}

function parseCommitteeDocument(text: string): Parsed | undefined {
  const match = COMMITTEE_DOCUMENT.exec(text);
  if (!match) return undefined;
  const [, committee = '', subseries, digits = '', yearText = '', suffixText] = match;
  const body = subseries === undefined ? `CP/${committee}` : `CP/${committee}/${subseries}`;
  const number = Number(digits);
  return withSuffix(
    {
      canonical: `${body}-${number}/${yearText}`,
      kind: 'committee_document',
      body,
      number,
      year: expandYear(yearText),
      issues: [],
    },
    formatSuffix(suffixText),
  );
}

function parseUnResolution(text: string): Parsed | undefined {
  const direct = UN_SHORT.exec(text) ?? UN_SERIES.exec(text);
  if (direct) return unResolution(Number(direct[1]), direct[2]);
  if (!UN_COUNCIL_HINT.test(text)) return undefined;
  const folded = foldText(text);
  if (!UN_COUNCIL_WORDS.test(folded)) return undefined;
  const numberMatch = UN_RESOLUTION_NUMBER.exec(folded);
  if (!numberMatch) return undefined;
  return unResolution(Number(numberMatch[1]), UN_YEAR.exec(folded)?.[1]);
}

function unResolution(number: number, yearText: string | undefined): Parsed {
  const base = { canonical: `UNSC ${number}`, kind: 'un_resolution' as const, body: 'UNSC', number, issues: [] };
  return yearText === undefined ? base : { ...base, year: Number(yearText) };
}

function withSuffix(parsed: Parsed, suffix: string | undefined): Parsed {
  if (suffix === undefined) return parsed;
  return { ...parsed, canonical: `${parsed.canonical} ${suffix}`, suffix };
}

function formatSuffix(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const parts = [...text.matchAll(SUFFIX_PART)].map(([, word = '', digits = '']) => `${word.toLowerCase()}. ${Number(digits)}`);
  return parts.length === 0 ? undefined : parts.join(' ');
}

function expandYear(text: string): number {
  const value = Number(text);
  if (text.length === 4) return value;
  return value >= FIRST_REGULAR_SESSION_YEAR_OFFSET % 100 ? 1900 + value : 2000 + value;
}

// Where an instrument symbol may stand in running text ("AG/RES. 2619 (XLI-O/11)", "CP/RES. 1",
// "CICTE/doc.5/12 rev.1", "UNSC 1540", "S/RES/1373 (2001)"). Each pattern is bounded and starts
// with a fixed anchor, so scanning stays linear; kept apart so that the ReDoS checker can decide
// each one. Every one begins with a capital after \b, and all but UNSC have a slash (or, for AG,
// a bar) within its first SLASH_REACH characters: the patterns are tried only there.
import { matchAt } from './letter-run-search.ts';

const SUFFIX = String.raw`(?: ?(?:[Rr][Ee][Vv]|[Cc][Oo][Rr][Rr]?|[Aa][Dd][Dd])\.? ?\d{1,2}){0,3}`;
const GENERAL_ASSEMBLY = String.raw`\bAG ?[/|] ?(?:(?:RES|DEC)(?![A-Za-z]) ?[.\-–]? ?)?\d{1,4}(?: ?\([^()\n]{1,24}\))?`;
const COUNCIL_RESOLUTION = String.raw`\bCP ?\/ ?(?:RES|DEC)(?![A-Za-z]) ?[.\-]? ?\d{1,4}(?: ?\( ?\d{1,4} ?\/ ?\d{2} ?\))?` + SUFFIX;
const COUNCIL_DOCUMENT = String.raw`\bCP ?\/ ?[A-Z]{2,6}(?:\/[A-Z]{2,4})? ?[-–] ?\d{1,5} ?\/ ?\d{2}` + SUFFIX;
const BODY_DOCUMENT = String.raw`\b[A-Z]{2,10}(?:[- ][IVX]{1,6})?(?:\/[A-Z]{2,8}(?:-[IVX]{1,6})?){0,2} ?\/ ?(?:doc|DOC|Doc|INF|inf|DEC|RES)(?![A-Za-z]) ?\.{0,2} ?\d{1,5} ?\.? ?\/ ?\d{2}(?!\d)` + SUFFIX;
const SECURITY_COUNCIL = String.raw`\bUNSC ?(?:[Rr]es(?:olution)?\.? ?)?\d{3,4}(?!\d)`;
const SECURITY_COUNCIL_SYMBOL = String.raw`\bS ?\/ ?RES ?\/ ?\d{3,4}(?: ?\(\d{4}\))?`;

/** A pattern for a global search, the same pattern tried at one place, and whether it has a slash near its start. */
interface SymbolPattern {
  readonly global: RegExp;
  readonly anchored: RegExp;
  readonly hasSlash: boolean;
}

const SYMBOL_PATTERNS: readonly SymbolPattern[] = [
  { global: new RegExp(GENERAL_ASSEMBLY, 'g'), anchored: new RegExp(GENERAL_ASSEMBLY, 'y'), hasSlash: true },
  { global: new RegExp(COUNCIL_RESOLUTION, 'g'), anchored: new RegExp(COUNCIL_RESOLUTION, 'y'), hasSlash: true },
  { global: new RegExp(COUNCIL_DOCUMENT, 'g'), anchored: new RegExp(COUNCIL_DOCUMENT, 'y'), hasSlash: true },
  { global: new RegExp(BODY_DOCUMENT, 'g'), anchored: new RegExp(BODY_DOCUMENT, 'y'), hasSlash: true },
  { global: new RegExp(SECURITY_COUNCIL, 'g'), anchored: new RegExp(SECURITY_COUNCIL, 'y'), hasSlash: false },
  { global: new RegExp(SECURITY_COUNCIL_SYMBOL, 'g'), anchored: new RegExp(SECURITY_COUNCIL_SYMBOL, 'y'), hasSlash: true },
];

// The longest way from a symbol's first capital to its first slash: ten capitals, a Roman
// numeral ("-VIII", seven characters), a space.
const SLASH_REACH = 18;

/** The matches of each symbol pattern over text, in order: the same as text.matchAll(pattern) for each. */
export function findSymbolMatches(text: string): RegExpExecArray[][] {
  const nearSlash = capitalsBeforeSlashes(text);
  return SYMBOL_PATTERNS.map((pattern) => matchAt(text, pattern.anchored, pattern.hasSlash ? nearSlash : occurrences(text, 'UNSC')));
}

/** Every match of each pattern read by a global search over the whole text, for comparison. */
export function findSymbolMatchesEverywhere(text: string): RegExpExecArray[][] {
  return SYMBOL_PATTERNS.map((pattern) => [...text.matchAll(pattern.global)]);
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Capitals that begin a word (\b) at most SLASH_REACH characters before a slash or a bar, in order. */
function capitalsBeforeSlashes(text: string): number[] {
  const slashes = [...occurrences(text, '/'), ...occurrences(text, '|')].sort((a, b) => a - b);
  const candidates: number[] = [];
  let scannedTo = 0;
  for (const slash of slashes) {
    for (let at = Math.max(scannedTo, slash - SLASH_REACH); at < slash; at += 1) {
      if (isCapital(text.charCodeAt(at)) && (at === 0 || !isWordCharacter(text.charCodeAt(at - 1)))) candidates.push(at);
    }
    scannedTo = Math.max(scannedTo, slash);
  }
  return candidates;
}

/** \w of a regular expression without the u flag. */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) found.push(at);
  return found;
}


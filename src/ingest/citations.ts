// Mandate citations in running text: an instrument symbol, in any of its real spellings, and the
// operative paragraph the sentence attaches to it ("paragraphe 4b du dispositif de la résolution
// AG/RES. 2619 (XLI-O/11)", "operative paragraph 5 of resolution …", "párrafo resolutivo 4").
import { parseInstrumentSymbol, type InstrumentSymbol } from '../core/instruments/symbol.ts';
import { foldDocument } from './fold-document.ts';
import type { Language, MandateCitation, TextSpan } from './extraction.ts';
import { CITATION_LEXICONS, type CitationLexicon } from './lang/citation-lexicon.ts';
import { WordSearches } from './letter-run-search.ts';
import { findListedParagraphs } from './listed-paragraphs.ts';
import { findSymbolMatches } from './symbol-candidates.ts';
import { tokenizedAlready } from './tokenized-text.ts';
import { firstStartingAtOrAfter } from './partition-point.ts';

export interface CitationMention extends MandateCitation, TextSpan {
  /** The symbol as the text writes it. */
  readonly asWritten: string;
  /** What was repaired or guessed on the way to the canonical symbol. */
  readonly issues: readonly string[];
}

interface SymbolMention extends TextSpan {
  readonly symbol: InstrumentSymbol;
  readonly asWritten: string;
  readonly issues: readonly string[];
}

interface ParagraphPhrase extends TextSpan {
  readonly paragraphs: readonly string[];
}

const TRAILING_SESSION = / ?\([^()]{0,40}\)$/;
const SENTENCE_BREAK = /[.;!?:]\s+[A-Z«"“]|\n\s*\n/;
const MAX_GAP_TO_SYMBOL = 120;
const MAX_GAP_AFTER_SYMBOL = 16;

// The plan tree and the extraction both read a work plan's citations: the last answer is kept.
let lastCitations: { readonly text: string; readonly language: Language; readonly found: readonly CitationMention[] } | null = null;

export function findMandateCitations(text: string, language: Language): CitationMention[] {
  if (lastCitations?.language === language && lastCitations.text === text) return [...lastCitations.found];
  const found = readMandateCitations(text, language);
  lastCitations = { text, language, found };
  return [...found];
}

function readMandateCitations(text: string, language: Language): CitationMention[] {
  const folded = foldDocument(text);
  const found = findCitationMatches(text, folded, language);
  const symbols = completeSessions([
    ...findSymbolMentions(text),
    ...findSecurityCouncilMentions(text, folded, language, found),
  ]);
  const mentions = [...symbols, ...findBareResolutionMentions(text, found, symbols)].sort((a, b) => a.start - b.start);
  const phrases = findParagraphPhrases(folded, language, found);
  const paragraphsBySymbol = attachParagraphs(text, folded, phrases, mentions, language);

  const citations: CitationMention[] = [];
  for (const mention of mentions) {
    const attached = paragraphsBySymbol.get(mention);
    const base = { instrument: mention.symbol.canonical, asWritten: mention.asWritten, issues: mention.issues };
    if (attached === undefined || attached.length === 0) {
      citations.push({ ...base, paragraph: null, start: mention.start, end: mention.end });
      continue;
    }
    for (const phrase of attached) {
      const start = Math.min(phrase.start, mention.start);
      const end = Math.max(phrase.end, mention.end);
      for (const paragraph of phrase.paragraphs) citations.push({ ...base, paragraph, start, end });
    }
  }
  citations.sort((a, b) => a.start - b.start || a.end - b.end);
  // Work plans quote the paragraphs under the instrument's heading instead of naming them in a sentence.
  const listed = findListedParagraphs(text, citations);
  if (listed.paragraphs.length === 0) return citations;
  return [...citations.filter((c) => c.paragraph !== null || !listed.headings.has(c)), ...listed.paragraphs].sort((a, b) => a.start - b.start || a.end - b.end);
}

// Reports repeat the same few symbols; parsing each spelling once keeps long texts fast.
const parsedSymbols = new Map<string, InstrumentSymbol>();
const MAX_CACHED_SYMBOLS = 10_000;

function parseSymbolOnce(written: string): InstrumentSymbol {
  let symbol = parsedSymbols.get(written);
  if (symbol === undefined) {
    symbol = parseInstrumentSymbol(written);
    if (parsedSymbols.size >= MAX_CACHED_SYMBOLS) parsedSymbols.clear();
    parsedSymbols.set(written, symbol);
  }
  return symbol;
}

function findSymbolMentions(text: string): SymbolMention[] {
  const matches = findSymbolMatches(text).flat().sort(
    (a, b) => a.index - b.index || b[0].length - a[0].length,
  );
  const mentions: SymbolMention[] = [];
  let coveredUntil = 0;
  for (const match of matches) {
    const start = match.index;
    if (start < coveredUntil) continue;
    let written = match[0];
    let symbol = parseSymbolOnce(written);
    // "AG/RES. 2619 (2011)": keep the symbol, drop the parenthesis that is not a session.
    if (!symbol.isRecognised && TRAILING_SESSION.test(written)) {
      written = written.replace(TRAILING_SESSION, '');
      symbol = parseSymbolOnce(written);
    }
    if (!symbol.isRecognised) continue;
    mentions.push({ symbol, asWritten: written, issues: symbol.issues, start, end: start + written.length });
    coveredUntil = start + written.length;
  }
  return mentions;
}

function findSecurityCouncilMentions(text: string, folded: string, language: Language, found: CitationMatches): SymbolMention[] {
  const patterns = citationPatternsOf(language);
  const mentions: SymbolMention[] = [];
  for (const matches of [found.numberFirst, found.councilFirst]) {
    for (const match of matches) {
      const start = match.index;
      // "Comité de la résolution 1540": the committee is a body, not a citation of the resolution.
      if (patterns.committee.test(folded.slice(Math.max(0, start - 20), start))) continue;
      const written = text.slice(start, start + match[0].length);
      const symbol = parseSymbolOnce(written);
      if (!symbol.isRecognised) continue;
      mentions.push({ symbol, asWritten: written, issues: symbol.issues, start, end: start + written.length });
    }
  }
  return mentions;
}

interface CitationPatterns {
  /** Security Council citations, number first then council first; bare resolution numbers; paragraph keywords. */
  readonly searches: WordSearches;
  readonly committee: RegExp;
  readonly operative: RegExp;
}

/** What the word searches of a document found, in the order of CitationPatterns.searches. */
interface CitationMatches {
  readonly numberFirst: readonly RegExpExecArray[];
  readonly councilFirst: readonly RegExpExecArray[];
  readonly bareResolution: readonly RegExpExecArray[];
  readonly keywords: readonly RegExpExecArray[];
}

function findCitationMatches(text: string, folded: string, language: Language): CitationMatches {
  const [numberFirst = [], councilFirst = [], bareResolution = [], keywords = []] = citationPatternsOf(language).searches.matchAll(folded, tokenizedAlready(text));
  return { numberFirst, councilFirst, bareResolution, keywords };
}

const patternCache = new Map<Language, CitationPatterns>();

// Each search pattern is bounded and starts after (?<![a-z]) with literal words, followed by a
// space or (?![a-z]), which is what WordSearches needs; built once per language.
function citationPatternsOf(language: Language): CitationPatterns {
  let patterns = patternCache.get(language);
  if (patterns === undefined) {
    const lexicon = CITATION_LEXICONS[language];
    const resolution = alternation(lexicon.resolutionWords);
    const council = alternation(lexicon.securityCouncilNames);
    const link = alternation(lexicon.linkWords);
    // Each source serves a global search and a sticky one tried at the words it begins with.
    const numberFirst = String.raw`(?<![a-z])(?:${resolution}) (?:n[o°º]\.? ?)?(\d{3,4})(?!\d)(?: ?\(\d{4}\))? (?:${link}) ?(?:${council})(?: \(\d{4}\))?`;
    const councilFirst = String.raw`(?<![a-z])(?:${council}) (?:${resolution}) (?:n[o°º]\.? ?)?(\d{3,4})(?!\d)(?: ?\(\d{4}\))?`;
    const bareResolution = String.raw`(?<![a-z])(?:${resolution}) (?:n[o°º]\.? ?)?(\d{4})(?![\d/])`;
    const keywords = String.raw`(?<![a-z])(?:(${alternation(lexicon.subParagraphWords)})|(${alternation(lexicon.paragraphWords)}))(?![a-z])`;
    patterns = {
      searches: new WordSearches([
        { pattern: new RegExp(numberFirst, 'g'), anchored: new RegExp(numberFirst, 'y'), alternatives: lexicon.resolutionWords },
        { pattern: new RegExp(councilFirst, 'g'), anchored: new RegExp(councilFirst, 'y'), alternatives: lexicon.securityCouncilNames },
        { pattern: new RegExp(bareResolution, 'g'), anchored: new RegExp(bareResolution, 'y'), alternatives: lexicon.resolutionWords },
        {
          pattern: new RegExp(keywords, 'g'),
          anchored: new RegExp(keywords, 'y'),
          alternatives: [...lexicon.subParagraphWords, ...lexicon.paragraphWords],
        },
      ]),
      committee: new RegExp(String.raw`(?:${alternation(lexicon.committeeWords)})(?: de la| del| da| do| of)? ?$`),
      operative: new RegExp(String.raw`^[\s,;(]*(?:(?:${alternation(lexicon.operativeWords)})[\s,]*)?$`),
    };
    patternCache.set(language, patterns);
  }
  return patterns;
}

/** "AG/RES. 2619" without its session takes the session the same document gives it elsewhere. */
function completeSessions(mentions: SymbolMention[]): SymbolMention[] {
  const complete = new Map<string, InstrumentSymbol>();
  for (const { symbol } of mentions) {
    if (symbol.session !== undefined && !complete.has(headOf(symbol))) complete.set(headOf(symbol), symbol);
  }
  return mentions.map((mention) => {
    if (mention.symbol.body !== 'AG' || mention.symbol.session !== undefined) return mention;
    const full = complete.get(mention.symbol.canonical);
    if (full === undefined) return mention;
    return { ...mention, symbol: full, issues: [...mention.issues, `session taken from ${full.canonical} elsewhere in the text`] };
  });
}

function headOf(symbol: InstrumentSymbol): string {
  const session = symbol.canonical.indexOf(' (');
  return session < 0 ? symbol.canonical : symbol.canonical.slice(0, session);
}

/** "la résolution 2619" names a General Assembly resolution the text cites in full elsewhere. */
function findBareResolutionMentions(text: string, found: CitationMatches, symbols: readonly SymbolMention[]): SymbolMention[] {
  const byNumber = new Map<number, InstrumentSymbol>();
  for (const { symbol } of symbols) {
    if (symbol.body === 'AG' && symbol.kind === 'resolution' && symbol.session !== undefined && symbol.number !== null) {
      byNumber.set(symbol.number, symbol);
    }
  }
  if (byNumber.size === 0) return [];
  const taken = new Set(symbols.map((s) => s.start));
  const mentions: SymbolMention[] = [];
  for (const match of found.bareResolution) {
    const symbol = byNumber.get(Number(match[1]));
    const start = match.index;
    const end = start + match[0].length;
    // A Security Council citation starts at the same word ("résolution 1540 du Conseil…").
    if (symbol === undefined || taken.has(start)) continue;
    mentions.push({ symbol, asWritten: text.slice(start, end), issues: ['resolution cited by number only'], start, end });
  }
  return mentions;
}

function findParagraphPhrases(folded: string, language: Language, found: CitationMatches): ParagraphPhrase[] {
  const lexicon = CITATION_LEXICONS[language];
  const phrases: ParagraphPhrase[] = [];
  let lastEnd = 0;
  for (const match of found.keywords) {
    // "alinéa b) du paragraphe 4" is one phrase: its inner "paragraphe" starts nothing new.
    if (match.index < lastEnd) continue;
    const reader = new PhraseReader(folded, match.index + match[0].length, lexicon);
    const paragraphs = match[1] !== undefined ? reader.readSubParagraphs() : reader.readParagraphs();
    if (paragraphs.length > 0) {
      phrases.push({ paragraphs, start: match.index, end: reader.position });
      lastEnd = reader.position;
    }
  }
  return phrases;
}

function attachParagraphs(
  text: string,
  folded: string,
  phrases: readonly ParagraphPhrase[],
  mentions: readonly SymbolMention[],
  language: Language,
): Map<SymbolMention, ParagraphPhrase[]> {
  const attached = new Map<SymbolMention, ParagraphPhrase[]>();
  const add = (mention: SymbolMention, phrase: ParagraphPhrase): void => {
    attached.set(mention, [...(attached.get(mention) ?? []), phrase]);
  };
  const operative = citationPatternsOf(language).operative;
  phrases.forEach((phrase, index) => {
    const nextPhraseStart = phrases[index + 1]?.start ?? Number.POSITIVE_INFINITY;
    const following = mentions[firstStartingAtOrAfter(mentions, phrase.end)];
    if (
      following !== undefined &&
      following.start - phrase.end <= MAX_GAP_TO_SYMBOL &&
      following.start < nextPhraseStart &&
      !SENTENCE_BREAK.test(text.slice(phrase.end, following.start))
    ) {
      add(following, phrase);
      return;
    }
    // "resolution AG/RES. 1497 (XXVII-O/97), operative paragraph 5"
    const preceding = mentions[firstStartingAtOrAfter(mentions, phrase.start) - 1];
    if (preceding !== undefined && preceding.end <= phrase.start && phrase.start - preceding.end <= MAX_GAP_AFTER_SYMBOL && operative.test(folded.slice(preceding.end, phrase.start))) {
      add(preceding, phrase);
    }
  });
  return attached;
}

/** A cursor over folded text that reads "4b", "4.b", "4(b)", "4 b)", lists and "alinéa b) du paragraphe 4". */
class PhraseReader {
  position: number;

  constructor(
    private readonly text: string,
    start: number,
    private readonly lexicon: CitationLexicon,
  ) {
    this.position = start;
  }

  readParagraphs(): string[] {
    this.skipSpaces();
    if (this.skipWords(this.lexicon.operativeWords)) this.skipSpaces();
    this.skipNumberSign();
    const paragraphs: string[] = [];
    let number = this.readNumber();
    while (number !== undefined && paragraphs.length < 12) {
      const letters = this.readAttachedLetters();
      if (letters.length === 0) paragraphs.push(number);
      for (const letter of letters) paragraphs.push(`${number}.${letter}`);
      if (!this.skipListJoin()) break;
      const checkpoint = this.position;
      const letter = this.readClosedLetter();
      if (letter !== undefined) {
        paragraphs.push(`${number}.${letter}`);
        continue;
      }
      this.position = checkpoint;
      number = this.readNumber();
    }
    const last = paragraphs[paragraphs.length - 1];
    if (last !== undefined && !last.includes('.')) {
      // "paragraphe 4, alinéa b"
      const checkpoint = this.position;
      this.skipCharacters(' ,');
      if (this.skipWords(this.lexicon.subParagraphWords)) {
        this.skipSpaces();
        const letter = this.readLetter();
        if (letter !== undefined) paragraphs[paragraphs.length - 1] = `${last}.${letter}`;
        else this.position = checkpoint;
      } else {
        this.position = checkpoint;
      }
    }
    const beforeOperative = this.position;
    this.skipSpaces();
    if (!this.skipWords(this.lexicon.operativeWords)) this.position = beforeOperative;
    return paragraphs;
  }

  readSubParagraphs(): string[] {
    const letters: string[] = [];
    do {
      this.skipSpaces();
      const letter = this.readLetter();
      if (letter === undefined) break;
      letters.push(letter);
    } while (letters.length < 12 && this.skipListJoin());
    if (letters.length === 0) return [];
    this.skipSpaces();
    if (!this.skipWords(this.lexicon.linkWords)) return [];
    this.skipSpaces();
    if (this.skipWords(this.lexicon.operativeWords)) this.skipSpaces();
    if (!this.skipWords(this.lexicon.paragraphWords)) return [];
    const paragraphs = this.readParagraphs();
    const number = paragraphs[0];
    if (number === undefined || number.includes('.')) return [];
    return letters.map((letter) => `${number}.${letter}`);
  }

  private readNumber(): string | undefined {
    const match = /^\d{1,2}(?![\d/])/.exec(this.text.slice(this.position, this.position + 3));
    if (!match) return undefined;
    this.position += match[0].length;
    return String(Number(match[0]));
  }

  /** Sub-paragraph letters written right after the number: "4b", "5.d", "4(b)", "4 (b)", "4 b)", "4 a de". */
  private readAttachedLetters(): string[] {
    const window = this.text.slice(this.position, this.position + 12);
    const match =
      /^\.?([a-z])(?![a-z\d])/.exec(window) ??
      /^ ?\(([a-z])\)/.exec(window) ??
      /^ ([a-z])\)/.exec(window) ??
      /^ ([a-z]) (?=(?:du|de|of|del|do|da|in)\b)/.exec(window);
    if (!match?.[1]) return [];
    this.position += match[0].length;
    return [match[1]];
  }

  private readClosedLetter(): string | undefined {
    const match = /^\(?([a-z])\)/.exec(this.text.slice(this.position, this.position + 3));
    if (!match?.[1]) return undefined;
    this.position += match[0].length;
    return match[1];
  }

  private readLetter(): string | undefined {
    const match = /^\(?([a-z])(?:\)|(?![a-z]))/.exec(this.text.slice(this.position, this.position + 3));
    if (!match?.[1]) return undefined;
    this.position += match[0].length;
    return match[1];
  }

  private skipListJoin(): boolean {
    const start = this.position;
    this.skipSpaces();
    let joined = false;
    if (this.text.charAt(this.position) === ',') {
      this.position += 1;
      joined = true;
    }
    this.skipSpaces();
    if (this.skipWords(this.lexicon.listWords)) joined = true;
    this.skipSpaces();
    if (!joined) this.position = start;
    return joined;
  }

  private skipNumberSign(): void {
    const match = /^(?:n[o°º]\.? ?|#)/.exec(this.text.slice(this.position, this.position + 4));
    if (match) this.position += match[0].length;
  }

  private skipWords(words: readonly string[]): boolean {
    for (const word of longestFirst(words)) {
      const end = this.position + word.length;
      if (this.text.startsWith(word, this.position) && !/[a-z]/.test(this.text.charAt(end)) ) {
        this.position = end;
        return true;
      }
    }
    return false;
  }

  private skipSpaces(): void {
    this.skipCharacters(' \u00a0\t');
  }

  private skipCharacters(characters: string): void {
    while (this.position < this.text.length && characters.includes(this.text.charAt(this.position))) this.position += 1;
  }
}

const sortedWordLists = new WeakMap<readonly string[], readonly string[]>();

function longestFirst(words: readonly string[]): readonly string[] {
  let sorted = sortedWordLists.get(words);
  if (sorted === undefined) {
    sorted = [...words].sort((a, b) => b.length - a.length);
    sortedWordLists.set(words, sorted);
  }
  return sorted;
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}'))
    .join('|');
}

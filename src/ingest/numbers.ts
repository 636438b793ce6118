import type { Language } from './extraction.ts';
import { NUMBER_LEXICONS } from './lang/number-lexicon.ts';
import type { NumberLexicon } from './lang/number-lexicon.ts';
import { foldKey, tokenizeWords, WordSet } from './words.ts';
import type { Word } from './words.ts';

export type CountQualifier = 'exact' | 'at_least' | 'about';

export interface NumberMention {
  readonly value: number;
  readonly qualifier: CountQualifier;
  readonly start: number;
  readonly end: number;
  /** Index range [firstWord, lastWord] of the number in the word list it was found in. */
  readonly firstWord: number;
  readonly lastWord: number;
}

const ALL_LANGUAGES: readonly Language[] = ['fr', 'en', 'es', 'pt'];
// Thousands are grouped with a dot (ES/PT/DE style), a comma (EN) or a space, plain or non-breaking
// (FR); a decimal comma never has exactly three digits after it in head counts.
const GROUP_SEPARATORS = new Set(['.', ',', ' ', '\u00a0', '\u202f']);
const DIGITS = /^\d+$/;
const WORDS_ONLY = /^[a-z' \u00a0-]+$/;
const MAX_DIGITS = 12;

/**
 * Reads one number written in digits ("261", "1.300", "1 300", "1,300") or in words
 * ("vingt-quatre", "twenty-four", "veinticuatro", "vinte e quatro"). Null when it is not one.
 */
export function parseNumber(raw: string, language?: Language): number | null {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > 200) return null;
  const digits = readGroupedDigits(trimmed);
  if (digits !== null) return digits;
  const words = tokenizeWords(trimmed);
  if (words.length === 0) return null;
  if (!WORDS_ONLY.test(foldKey(trimmed))) return null;
  for (const lang of language ? [language] : ALL_LANGUAGES) {
    const lexicon = NUMBER_LEXICONS[lang];
    const run = readWordNumber(words, 0, lexicon, numberWordsOf(lexicon));
    if (run && run.lastWord === words.length - 1) return run.value;
  }
  return null;
}

function readGroupedDigits(text: string): number | null {
  if (DIGITS.test(text)) return text.length <= MAX_DIGITS ? Number(text) : null;
  const groups: string[] = [];
  let current = '';
  for (const char of text) {
    if (char >= '0' && char <= '9') current += char;
    else if (GROUP_SEPARATORS.has(char) && current.length > 0) {
      groups.push(current);
      current = '';
    } else return null;
  }
  groups.push(current);
  const [first, ...rest] = groups;
  if (first === undefined || first.length === 0 || first.length > 3 || rest.length === 0) return null;
  if (rest.some((g) => g.length !== 3) || groups.join('').length > MAX_DIGITS) return null;
  return Number(groups.join(''));
}

/** Numbers in text[start, end), in digits or words, with the qualifier written before them. */
export function findNumbers(text: string, language: Language, start = 0, end = text.length): NumberMention[] {
  return findNumbersInWords(text, tokenizeWords(text, start, end), language);
}

export function findNumbersInWords(text: string, words: readonly Word[], language: Language): NumberMention[] {
  const lexicon = NUMBER_LEXICONS[language];
  const known = numberWordsOf(lexicon);
  const found: NumberMention[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (word === undefined) break;
    const lead = word.key.charCodeAt(0);
    const isDigits = lead >= 48 && lead <= 57 && DIGITS.test(word.key);
    const read = isDigits ? readDigitRun(text, words, i) : readWordNumber(words, i, lexicon, known);
    // "un", "una", "um", "one" alone are articles or pronouns far more often than counts.
    if (read === null || (!isDigits && read.value === 1 && read.lastWord === i)) {
      i += 1;
      continue;
    }
    const first = words[i];
    const last = words[read.lastWord];
    if (first && last) {
      found.push({
        value: read.value,
        qualifier: readQualifier(words, i, lexicon),
        start: first.start,
        end: last.end,
        firstWord: i,
        lastWord: read.lastWord,
      });
    }
    i = read.lastWord + 1;
  }
  return found;
}

function readDigitRun(text: string, words: readonly Word[], index: number): { value: number; lastWord: number } | null {
  const first = words[index];
  if (!first || first.key.length > MAX_DIGITS) return null;
  let digits = first.key;
  let last = index;
  if (first.key.length <= 3) {
    for (;;) {
      const current = words[last];
      const next = words[last + 1];
      if (!current || !next) break;
      const separator = text[current.end];
      if (next.start !== current.end + 1 || separator === undefined || !GROUP_SEPARATORS.has(separator)) break;
      if (next.key.length !== 3 || !DIGITS.test(next.key)) break;
      digits += next.key;
      last += 1;
      if (digits.length > MAX_DIGITS) return null;
    }
  }
  return { value: Number(digits), lastWord: last };
}

interface NumberWords {
  /** Every word a number may begin with: most words are answered by this one look-up. */
  readonly starters: ReadonlySet<string>;
  /** The same, by word id, for words without a hyphen. */
  readonly starterIds: WordSet;
  readonly values: ReadonlyMap<string, number>;
  readonly hundreds: ReadonlySet<string>;
  readonly thousands: ReadonlySet<string>;
}

const numberWordCache = new WeakMap<NumberLexicon, NumberWords>();

// Maps and sets, not the lexicon's record: a look-up per word of every sentence must be cheap, and
// "constructor" or "toString" in a text must not read as number words.
function numberWordsOf(lexicon: NumberLexicon): NumberWords {
  let built = numberWordCache.get(lexicon);
  if (built === undefined) {
    const values = new Map(Object.entries(lexicon.words));
    const starters = [...values.keys(), ...lexicon.hundreds, ...lexicon.thousands];
    built = { starters: new Set(starters), starterIds: new WordSet(starters), values, hundreds: new Set(lexicon.hundreds), thousands: new Set(lexicon.thousands) };
    numberWordCache.set(lexicon, built);
  }
  return built;
}

function readWordNumber(words: readonly Word[], index: number, lexicon: NumberLexicon, known: NumberWords): { value: number; lastWord: number } | null {
  const head = words[index]?.key ?? '';
  const dash = head.indexOf('-');
  if (dash < 0 ? !known.starterIds.has(words[index]?.id ?? -1) : !known.starters.has(head.slice(0, dash))) return null;
  let total = 0;
  let current = 0;
  let lastNumberWord = -1;
  let lastPart = 0;
  for (let i = index; i < words.length && i < index + 12; i += 1) {
    const word = words[i];
    if (!word) break;
    const parts = word.key.split('-');
    let consumed = true;
    for (const part of parts) {
      const value = known.values.get(part);
      if (value !== undefined) {
        // French 80 is "quatre-vingt(s)": four twenties.
        if (value === 20 && (part === 'vingt' || part === 'vingts') && current % 100 === 4 && lastPart === 4) current = current - 4 + 80;
        else current += value;
        lastPart = value;
      } else if (known.hundreds.has(part)) {
        current = (current === 0 ? 1 : current) * 100;
        lastPart = 100;
      } else if (known.thousands.has(part)) {
        total += (current === 0 ? 1 : current) * 1000;
        current = 0;
        lastPart = 1000;
      } else if (lexicon.joiners.includes(part) && lastNumberWord === i - 1 && parts.length === 1) {
        consumed = false;
        break;
      } else {
        consumed = false;
        if (part !== parts[0] || lastNumberWord < 0) return lastNumberWord < 0 ? null : { value: total + current, lastWord: lastNumberWord };
        break;
      }
    }
    if (consumed) lastNumberWord = i;
    else if (!lexicon.joiners.includes(word.key)) break;
  }
  if (lastNumberWord < 0) return null;
  return { value: total + current, lastWord: lastNumberWord };
}

const qualifierCache = new WeakMap<NumberLexicon, readonly { readonly parts: readonly string[]; readonly qualifier: 'at_least' | 'about' }[]>();

function qualifiersOf(lexicon: NumberLexicon): readonly { readonly parts: readonly string[]; readonly qualifier: 'at_least' | 'about' }[] {
  let list = qualifierCache.get(lexicon);
  if (!list) {
    list = lexicon.qualifiers.map(({ phrase, qualifier }) => ({ parts: phrase.split(' '), qualifier }));
    qualifierCache.set(lexicon, list);
  }
  return list;
}

function readQualifier(words: readonly Word[], index: number, lexicon: NumberLexicon): CountQualifier {
  for (const { parts, qualifier } of qualifiersOf(lexicon)) {
    if (parts.length > index) continue;
    let matches = true;
    for (let k = 0; k < parts.length; k += 1) {
      if (words[index - parts.length + k]?.key !== parts[k]) {
        matches = false;
        break;
      }
    }
    if (matches) return qualifier;
  }
  return 'exact';
}

/** A number that counts people: one followed closely by a noun for people ("261 fonctionnaires"). */
export function isParticipantCount(words: readonly Word[], mention: NumberMention, language: Language): boolean {
  const lexicon = NUMBER_LEXICONS[language];
  const looksLikeYear = mention.value >= 1900 && mention.value <= 2100;
  for (let k = mention.lastWord + 1; k <= mention.lastWord + 3 && k < words.length; k += 1) {
    const word = words[k];
    if (!word) break;
    if (DIGITS.test(word.key)) return false;
    if (lexicon.participantNouns.includes(word.key)) return !looksLikeYear || k === mention.lastWord + 1;
  }
  return false;
}

/** Head counts in text[start, end), e.g. "plus de 1 300 participants" → 1300, at_least. */
export function findParticipantCounts(text: string, language: Language, start = 0, end = text.length): NumberMention[] {
  const words = tokenizeWords(text, start, end);
  return findNumbersInWords(text, words, language).filter((m) => isParticipantCount(words, m, language));
}

import type { TextSpan } from './extraction.ts';

/** The parts of a document that rules work on: sections under headings, paragraphs, sentences. */
export interface Paragraph extends TextSpan {
  readonly sentences: readonly TextSpan[];
}

export interface Section extends TextSpan {
  /** The heading line that opens the section; null for the text before the first heading. */
  readonly heading: TextSpan | null;
  readonly paragraphs: readonly Paragraph[];
}

const MAX_HEADING_LENGTH = 160;
// Prose sentences stay well under this; text without punctuation is cut so that later stages,
// which compare the mentions of one sentence, stay bounded.
const MAX_SENTENCE_LENGTH = 2000;
// "1.", "1)", "4.2.", "IV.", "B)" then a title; "Chapitre 1 :", "SECTION II", "Capítulo 3".
const NUMBERED_HEADING = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[IVXLC]{1,6}[.)]|[A-H][.)])\s+\S/;
const KEYWORD_HEADING = /^(?:chapitre|chapter|cap[ií]tulo|section|secci[oó]n|se[cç][aã]o|partie|part|parte|titre|title|t[ií]tulo|annexe|annex|anexo)\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\b/i;
const SENTENCE_END_PUNCTUATION = new Set(['.', '!', '?', ':', ';', '»', '"', '”', ')']);
// Abbreviations after which a period does not end a sentence ("AG/RES. 2619", "St. Augustine").
const ABBREVIATIONS = new Set([
  'res', 'dec', 'doc', 'no', 'nos', 'n°', 'nº', 'st', 'ste', 'sr', 'sra', 'dr', 'mr', 'mrs', 'ms', 'mme', 'mlle',
  'p', 'pp', 'art', 'ser', 'rev', 'vol', 'op', 'cf', 'ex', 'inc', 'ltd', 'jr', 'vs', 'fig', 'av', 'par', 'al',
  'prof', 'ing', 'lic', 'gen', 'col', 'cap', 'sec', 'ed', 'env', 'approx', 'tel', 'obj', 'para', 'num',
]);

/** Splits a document into sections, paragraphs and sentences; every span is an offset range of `text`. */
export function segmentDocument(text: string): Section[] {
  const sections: Section[] = [];
  let heading: TextSpan | null = null;
  let sectionStart = 0;
  let paragraphs: Paragraph[] = [];
  let paragraphStart = -1;
  let paragraphEnd = -1;

  const closeParagraph = (): void => {
    if (paragraphStart >= 0) paragraphs.push({ start: paragraphStart, end: paragraphEnd, sentences: splitSentences(text, paragraphStart, paragraphEnd) });
    paragraphStart = -1;
  };
  const closeSection = (end: number): void => {
    closeParagraph();
    if (heading !== null || paragraphs.length > 0) sections.push({ start: sectionStart, end, heading, paragraphs });
    paragraphs = [];
  };

  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const span = trimSpan(text, lineStart, lineEnd);
    if (span === null) closeParagraph();
    else if (isHeading(text, span)) {
      closeSection(span.start);
      heading = span;
      sectionStart = span.start;
    } else {
      const previousEnd = paragraphEnd > 0 ? text[paragraphEnd - 1] ?? '' : '';
      if (paragraphStart >= 0 && SENTENCE_END_PUNCTUATION.has(previousEnd)) closeParagraph();
      if (paragraphStart < 0) paragraphStart = span.start;
      paragraphEnd = span.end;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  closeSection(text.length);
  return sections;
}

function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s += 1;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f || code === 0xfeff || code === 12 || code === 11;
}

/** A heading: a short numbered or keyword line, an upper-case line, or a bold (**…**) line. */
export function isHeading(text: string, span: TextSpan): boolean {
  const length = span.end - span.start;
  if (length > MAX_HEADING_LENGTH || length < 2) return false;
  const line = text.slice(span.start, span.end);
  if (line.includes('\t')) return false;
  if (line.startsWith('**')) return true;
  const last = line[line.length - 1] ?? '';
  const endsLikeSentence = last === '.' && !/^\d{1,2}(?:\.\d{1,2})*\.?$/.test(line.slice(0, -1).split(' ').pop() ?? '');
  if (KEYWORD_HEADING.test(line)) return true;
  if (NUMBERED_HEADING.test(line) && !endsLikeSentence && !line.endsWith(';') && !line.endsWith(',')) return true;
  let letters = 0;
  let upper = 0;
  for (const char of line) {
    if (char.toLowerCase() !== char.toUpperCase()) {
      letters += 1;
      if (char === char.toUpperCase()) upper += 1;
    }
  }
  return letters >= 4 && upper === letters;
}

/** Sentences of text[start, end): a period, "!" or "?" then a space and a capital, digit or quote. */
export function splitSentences(text: string, start: number, end: number): TextSpan[] {
  const sentences: TextSpan[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i += 1) {
    const char = text[i];
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === ')' || text[j] === '"' || text[j] === '”' || text[j] === '»')) j += 1;
    if (j < end && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k += 1;
    if (k >= end) break;
    if (!startsSentence(text[k] ?? '')) continue;
    if (char === '.' && isAbbreviation(text, i)) continue;
    const span = trimSpan(text, sentenceStart, j);
    if (span) sentences.push(span);
    sentenceStart = k;
    i = k - 1;
  }
  const last = trimSpan(text, sentenceStart, end);
  if (last) sentences.push(last);
  return sentences.flatMap((s) => (s.end - s.start > MAX_SENTENCE_LENGTH ? cutLongSpan(text, s) : [s]));
}

function cutLongSpan(text: string, span: TextSpan): TextSpan[] {
  const parts: TextSpan[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_LENGTH) {
    let cut = start + MAX_SENTENCE_LENGTH;
    // Look back for a space only within the second half, so text without spaces stays linear.
    for (let i = cut; i > start + MAX_SENTENCE_LENGTH / 2; i -= 1) {
      if (text[i] === ' ') {
        cut = i;
        break;
      }
    }
    parts.push({ start, end: cut });
    start = cut;
  }
  parts.push({ start, end: span.end });
  return parts;
}

function startsSentence(char: string): boolean {
  if (char >= '0' && char <= '9') return true;
  if ('«"“(\'‘¿¡–-'.includes(char)) return true;
  return char !== char.toLowerCase();
}

function isAbbreviation(text: string, periodAt: number): boolean {
  let s = periodAt;
  while (s > 0 && s > periodAt - 12) {
    const previous = text[s - 1] ?? '';
    if (previous.toLowerCase() === previous.toUpperCase() && !'°º'.includes(previous)) break;
    s -= 1;
  }
  const word = text.slice(s, periodAt);
  if (word.length === 0) return false;
  // "D.C.", "S.A.": single letters are initials.
  if (word.length === 1) return true;
  if (text[s - 1] === '/') return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

import type { Language } from './extraction.ts';
import { DOCUMENT_CUES } from './lang/document-cues.ts';
import { foldKey } from './words.ts';

/** A plan-of-action objective a plan row serves: "(Objectif 1.1.3)" gives code "1.1.3". */
export interface ObjectiveMention {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

const MAX_CODES = 8;
const MAX_GAP = 6;

/** Objective codes after "Objectif(s)", "Objective(s)", "Objetivo(s)": "1.1.3", "1.2 et 2.1". */
export function findObjectives(text: string, language: Language): ObjectiveMention[] {
  const folded = foldKey(text);
  const found: ObjectiveMention[] = [];
  const words = [...DOCUMENT_CUES[language].objectiveWords].sort((a, b) => b.length - a.length);
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      const before = folded[at - 1];
      if (before !== undefined && isLetter(before)) continue;
      const after = folded[at + word.length] ?? '';
      if (isLetter(after) || (after >= '0' && after <= '9')) continue;
      found.push(...readCodes(text, at + word.length));
    }
  }
  return dedupe(found).sort((a, b) => a.start - b.start);
}

/** Codes joined by spaces, commas, "et", "and", "y", "e", "&" or "/"; stops at anything else. */
function readCodes(text: string, from: number): ObjectiveMention[] {
  const codes: ObjectiveMention[] = [];
  let at = skipSeparators(text, from, true);
  while (codes.length < MAX_CODES) {
    const code = readCode(text, at);
    if (code === null) break;
    codes.push(code);
    at = skipSeparators(text, code.end, false);
  }
  return codes;
}

function skipSeparators(text: string, from: number, isFirst: boolean): number {
  let at = from;
  const limit = from + MAX_GAP;
  while (at < limit && at < text.length) {
    const char = text[at] ?? '';
    if (' \u00a0,;:&/'.includes(char) || (isFirst && (char === 'n' || char === '°' || char === 'º' || char === '.'))) {
      at += 1;
      continue;
    }
    const joiner = /^(?:et|and|y|e)\s/i.exec(text.slice(at, at + 4));
    if (joiner !== null) { at += joiner[0].length; continue; }
    break;
  }
  return at;
}

function readCode(text: string, from: number): ObjectiveMention | null {
  const match = /^\d{1,2}(?:\.\d{1,2}){0,3}/.exec(text.slice(from, from + 16));
  if (match === null) return null;
  const code = match[0];
  return { code, start: from, end: from + code.length };
}

function dedupe(mentions: readonly ObjectiveMention[]): ObjectiveMention[] {
  const seen = new Set<number>();
  return mentions.filter((mention) => (seen.has(mention.start) ? false : (seen.add(mention.start), true)));
}

function isLetter(char: string): boolean {
  return char !== '' && char.toLowerCase() !== char.toUpperCase();
}

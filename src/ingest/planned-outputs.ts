import type { OutputTarget } from '../core/work-plans/work-plan.ts';
import type { Language, TextSpan } from './extraction.ts';
import { DOCUMENT_CUES } from './lang/document-cues.ts';
import { findNumbers } from './numbers.ts';
import type { NumberMention } from './numbers.ts';
import { foldRange } from './words.ts';

/** One promised output of a work-plan row: "10 bourses d'étude", or a target still open. */
export interface PlannedOutputCandidate {
  /** The output as written in the cell. */
  readonly text: string;
  readonly target: OutputTarget;
  readonly source: TextSpan;
}

const MAX_UNIT_CHARS = 160;

/**
 * Reads the output cell text[start, end) of a plan row. A cell may list several outputs one after
 * the other once the table is flattened ("1 atelier sous-régional 2 ateliers nationaux"), or say
 * that the quantity waits for a decision or for funding ("Financement à identifier").
 */
export function readPlannedOutputs(text: string, start: number, end: number, language: Language): PlannedOutputCandidate[] {
  const span = trimSpan(text, start, end);
  if (span.start >= span.end) return [];
  const cues = DOCUMENT_CUES[language];
  const folded = foldRange(text, span.start, span.end);
  if (cues.toBeDetermined.some((phrase) => containsPhrase(folded, phrase))) {
    const reason = cues.fundingWords.some((word) => containsPhrase(folded, word)) ? 'funding' : 'unspecified';
    return [{ text: text.slice(span.start, span.end), target: { kind: 'to_be_determined', reason }, source: span }];
  }
  const quantities = findNumbers(text, language, span.start, span.end).filter((mention) => isQuantity(text, mention, span.end));
  return splitItems(text, span, quantities).map((item) => readItem(text, item, quantities));
}

function readItem(text: string, item: TextSpan, quantities: readonly NumberMention[]): PlannedOutputCandidate {
  const written = text.slice(item.start, item.end);
  const quantity = quantities.find((mention) => mention.start >= item.start && mention.end <= item.end);
  if (quantity === undefined) return { text: written, target: { kind: 'to_be_determined', reason: 'unspecified' }, source: item };
  const unit = readUnit(text, quantity.end, item.end);
  return { text: written, target: { kind: 'quantity', value: quantity.value, unit }, source: item };
}

/** A count of things: a number followed by a word, not a year or a numbered heading of the row. */
function isQuantity(text: string, mention: NumberMention, end: number): boolean {
  if (mention.value >= 1900 && mention.value <= 2100 && mention.end - mention.start === 4) return false;
  let at = mention.end;
  if (text[at] === '.') at += 1;
  if (text[at] !== ' ' && text[at] !== '\u00a0') return false;
  while (at < end && (text[at] === ' ' || text[at] === '\u00a0')) at += 1;
  return at < end && isLetter(text[at] ?? '');
}

/**
 * A cell that opens with a quantity is a list of quantities: each one starts an item. A cell that
 * opens with words may still join two outputs ("… dans 18 ports Suivi … dans 13 ports"): it is cut
 * before a capitalised word between two quantities.
 */
function splitItems(text: string, span: TextSpan, quantities: readonly NumberMention[]): TextSpan[] {
  const first = quantities[0];
  const cuts = first !== undefined && first.start === span.start
    ? quantities.slice(1).map((mention) => mention.start)
    : capitalisedCuts(text, span, quantities);
  const bounds = [span.start, ...cuts, span.end];
  const items: TextSpan[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const item = trimSpan(text, bounds[i] ?? span.start, bounds[i + 1] ?? span.end);
    if (item.start < item.end) items.push(item);
  }
  return items;
}

function capitalisedCuts(text: string, span: TextSpan, quantities: readonly NumberMention[]): number[] {
  const cuts: number[] = [];
  for (let i = 1; i < quantities.length; i += 1) {
    const previous = quantities[i - 1];
    const next = quantities[i];
    if (previous === undefined || next === undefined) continue;
    // The last capitalised word before the next quantity: an item opens with its noun, while
    // capitalised names ("du Continent américain") tend to close the item before.
    for (let at = next.start - 1; at > previous.end + 1; at -= 1) {
      if (text[at - 1] === ' ' && isLowerLetter(text[at - 2] ?? '') && isUpperLetter(text[at] ?? '') && isLowerLetter(text[at + 1] ?? '')) {
        if (at > span.start) cuts.push(at);
        break;
      }
    }
  }
  return cuts;
}

function readUnit(text: string, from: number, end: number): string {
  let at = from;
  if (text[at] === '.') at += 1;
  const unit = text.slice(at, Math.min(end, at + MAX_UNIT_CHARS)).trim();
  return trimTrailingPunctuation(unit);
}

function trimTrailingPunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && '.,;: '.includes(value[end - 1] ?? '')) end -= 1;
  return value.slice(0, end);
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  let from = start;
  let to = end;
  while (from < to && isBlank(text[from] ?? '')) from += 1;
  while (to > from && isBlank(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

function containsPhrase(folded: string, phrase: string): boolean {
  const at = folded.indexOf(phrase);
  if (at === -1) return false;
  const before = folded[at - 1];
  const after = folded[at + phrase.length];
  return (before === undefined || !isLetter(before)) && (after === undefined || !isLetter(after));
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0' || char === '\n';
}

function isLetter(char: string): boolean {
  return char !== '' && char.toLowerCase() !== char.toUpperCase();
}

function isLowerLetter(char: string): boolean {
  return isLetter(char) && char === char.toLowerCase();
}

function isUpperLetter(char: string): boolean {
  return isLetter(char) && char === char.toUpperCase();
}

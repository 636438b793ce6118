// Searches of a whole folded document for patterns that begin with one of a few words, tried only
// where one of those words stands instead of at every character.
import { type TokenizedText } from './tokenized-text.ts';
import { idOfWord, wordGeneration } from './word-table.ts';

/**
 * A global pattern /(?<![a-z])(?:alternatives)X/ where X cannot begin with a-z, so that each
 * match begins at a run of a-z that is the first run of one of the alternatives.
 */
export interface WordSearch {
  /** The pattern with the flag g, and the same with the flag y instead. */
  readonly pattern: RegExp;
  readonly anchored: RegExp;
  readonly alternatives: readonly string[];
}

/** Several word searches answered together: one pass over the document's words finds where each may match. */
export class WordSearches {
  private readonly firstRuns: readonly (readonly string[])[];
  /** False when an alternative does not begin with a-z: the patterns must then be tried everywhere. */
  private readonly isUsable: boolean;
  // By word id, bit s set when the word is a first run of search s.
  private masks = new Uint8Array(0);
  private generation = -1;
  private readonly stringMasks = new Map<string, number>();

  constructor(private readonly searches: readonly WordSearch[]) {
    if (searches.length > 8) throw new RangeError('at most 8 searches share one pass');
    this.firstRuns = searches.map((search) => search.alternatives.map((alternative) => /^[a-z]+/.exec(alternative)?.[0] ?? ''));
    this.isUsable = this.firstRuns.every((runs) => runs.every((run) => run !== ''));
    this.firstRuns.forEach((runs, index) => {
      for (const run of runs) this.stringMasks.set(run, (this.stringMasks.get(run) ?? 0) | (1 << index));
    });
  }

  private masksNow(): Uint8Array {
    if (this.generation !== wordGeneration()) {
      const entries = [...this.stringMasks].map(([run, mask]) => [idOfWord(run), mask] as const);
      this.masks = new Uint8Array(Math.max(0, ...entries.map(([id]) => id)) + 1);
      for (const [id, mask] of entries) this.masks[id] = mask;
      this.generation = wordGeneration();
    }
    return this.masks;
  }

  /**
   * The matches of each search over the folded document, in order: the same as
   * folded.matchAll(pattern) for each, from the document's words when a stage has read them.
   */
  matchAll(folded: string, tokens: TokenizedText | null): RegExpExecArray[][] {
    if (tokens?.folded !== folded || !this.isUsable) return this.searches.map((search) => [...folded.matchAll(search.pattern)]);
    const starts: number[][] = this.searches.map(() => []);
    const masks = this.masksNow();
    for (let index = 0; index < tokens.length; index += 1) {
      if (tokens.isOnlyLetters(index)) {
        const mask = masks[tokens.ids[index] ?? -1] ?? 0;
        if (mask !== 0) addStart(starts, mask, tokens.starts[index] ?? 0);
        continue;
      }
      // Digits or letters beyond ASCII split a word into several runs of a-z.
      const end = tokens.ends[index] ?? 0;
      let runStart = -1;
      for (let at = tokens.starts[index] ?? 0; at <= end; at += 1) {
        const code = at < end ? folded.charCodeAt(at) : 32;
        const isLetter = code >= 97 && code <= 122;
        if (isLetter && runStart < 0) runStart = at;
        else if (!isLetter && runStart >= 0) {
          const mask = this.stringMasks.get(folded.slice(runStart, at)) ?? 0;
          if (mask !== 0) addStart(starts, mask, runStart);
          runStart = -1;
        }
      }
    }
    return starts.map((candidates, index) => {
      const search = this.searches[index];
      return search === undefined ? [] : matchAt(folded, search.anchored, candidates);
    });
  }
}

function addStart(starts: number[][], mask: number, start: number): void {
  for (let search = 0; search < starts.length; search += 1) if ((mask & (1 << search)) !== 0) starts[search]?.push(start);
}

/** The matches of a sticky pattern tried at each candidate in turn, as a global search would find them. */
export function matchAt(text: string, anchored: RegExp, candidates: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let searchFrom = 0;
  for (const start of candidates) {
    if (start < searchFrom) continue;
    anchored.lastIndex = start;
    const match = anchored.exec(text);
    if (match === null) continue;
    matches.push(match);
    // A global search goes on after the match (one further after an empty one).
    searchFrom = Math.max(start + 1, start + match[0].length);
  }
  return matches;
}

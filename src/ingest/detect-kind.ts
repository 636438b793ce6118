import type { DocumentKind, Language } from './extraction.ts';
import { DOCUMENT_CUES } from './lang/document-cues.ts';
import type { DocumentCues } from './lang/document-cues.ts';
import { countPhrases, firstPhraseIndex, sampleWords, SAMPLE_CHARS } from './sample-words.ts';
import type { WordSample } from './sample-words.ts';
import { WordFacts } from './word-table.ts';

export interface KindGuess {
  readonly kind: DocumentKind;
  readonly confidence: number;
}

// Where a document names its genre: its title and first paragraph.
const HEAD_CHARS = 1_500;
const TITLE_FIRST = 4;
const TITLE_LATER = 2;
const MAX_TENSE_HITS = 30;
const MAX_TABLE_ROWS = 12;

/**
 * Report (what was done) or work plan (what is planned): the genre named in the title, the tense
 * of the verbs, and the output tables of plans ("10 cours", "À déterminer").
 */
export function detectKind(text: string, language?: Language): KindGuess {
  const cueSets = language === undefined ? Object.values(DOCUMENT_CUES) : [DOCUMENT_CUES[language]];
  const sample = sampleWords(text);
  const head = sampleWords(text, HEAD_CHARS);
  let plan = 0;
  let report = 0;
  for (const cues of cueSets) {
    const title = scoreTitle(head, cues);
    plan += title.plan + Math.min(countPhrases(sample, cues.toBeDetermined), 5) * 2;
    report += title.report;
    const tense = countTense(sample, cues);
    plan += Math.min(tense.future, MAX_TENSE_HITS) / 3;
    report += Math.min(tense.past, MAX_TENSE_HITS) / 3;
  }
  plan += Math.min(countOutputRows(text.slice(0, SAMPLE_CHARS)), MAX_TABLE_ROWS);
  const total = plan + report;
  const kind: DocumentKind = plan > report ? 'workplan' : 'report';
  return { kind, confidence: total === 0 ? 0 : Math.round((Math.abs(plan - report) / total) * 100) / 100 };
}

function scoreTitle(head: WordSample, cues: DocumentCues): { plan: number; report: number } {
  const planAt = firstPhraseIndex(head, cues.planTitles);
  const reportAt = firstPhraseIndex(head, cues.reportTitles);
  if (planAt === -1 && reportAt === -1) return { plan: 0, report: 0 };
  if (reportAt === -1 || (planAt !== -1 && planAt < reportAt)) return { plan: TITLE_FIRST, report: reportAt === -1 ? 0 : TITLE_LATER };
  return { plan: planAt === -1 ? 0 : TITLE_LATER, report: TITLE_FIRST };
}

function countTense(sample: WordSample, cues: DocumentCues): { past: number; future: number } {
  let past = countPhrases(sample, cues.pastWords);
  let future = countPhrases(sample, cues.futureWords);
  const tenses = endingTensesOf(cues);
  sample.counts.forEach((count, id) => {
    const tense = tenses.of(id);
    if (tense === PAST) past += count;
    else if (tense === FUTURE) future += count;
  });
  return { past, future };
}

const NO_TENSE = 0;
const PAST = 1;
const FUTURE = 2;
// The tense a word's ending gives, per cue set: documents share most of their words, so each word
// is tested once, not once per document.
const endingTenses = new Map<DocumentCues, WordFacts<number>>();

function endingTensesOf(cues: DocumentCues): WordFacts<number> {
  let tenses = endingTenses.get(cues);
  if (tenses === undefined) {
    tenses = new WordFacts((word) => {
      if (word.length < 5) return NO_TENSE;
      if (cues.pastEndings.some((ending) => word.endsWith(ending))) return PAST;
      return cues.futureEndings.some((ending) => word.endsWith(ending)) ? FUTURE : NO_TENSE;
    });
    endingTenses.set(cues, tenses);
  }
  return tenses;
}

/** Table rows whose last cell is a planned quantity: "…\t10 cours", "…\t3 simulation exercises". */
function countOutputRows(text: string): number {
  let rows = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    // Searching forward first keeps the backward search inside the line.
    const firstTab = text.indexOf('\t', lineStart);
    if (firstTab !== -1 && firstTab < lineEnd && isQuantityCell(text.slice(text.lastIndexOf('\t', lineEnd - 1) + 1, lineEnd))) rows += 1;
    lineStart = lineEnd + 1;
  }
  return rows;
}

function isQuantityCell(cell: string): boolean {
  return /^\s{0,3}\d{1,4}\s{1,3}\p{L}/u.test(cell) && cell.length < 200;
}

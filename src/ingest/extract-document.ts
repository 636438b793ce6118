import type { ActivityDraft, CitationMentionLike, ReadingContext } from './activities.ts';
import { dropSummaries, findParagraphActivities, sliceWithin } from './activities.ts';
import { CARIBBEAN_STATES } from './caribbean-states.ts';
import type { DateMention } from './dates.ts';
import { findDates, resolveDate, statedYear } from './dates.ts';
import type { DocumentKind, ExtractedActivity, Extraction, Language, MandateCitation } from './extraction.ts';
import { findMentions, type FoundMentions } from './mention-finders.ts';
import { segmentDocument } from './segment.ts';
import { findWorkPlanActivities } from './work-plan-activities.ts';

export interface ExtractOptions {
  readonly source: string;
  readonly language: Language;
  readonly kind: DocumentKind;
}

/**
 * Turns a document's text into candidate records: the mandates it cites and one activity per
 * delivered (or planned) event. Never throws: text that holds nothing usable gives an empty extraction.
 */
export function extractDocument(text: string, options: ExtractOptions): Extraction {
  const empty: Extraction = { source: options.source, language: options.language, kind: options.kind, mandates: [], activities: [] };
  if (typeof text !== 'string' || text.length === 0) return empty;
  const mentions = findMentions(text, options.language);
  const mandates = uniqueCitations(withoutOwnSymbol(text, mentions.citations));
  if (options.kind === 'workplan') {
    const planned = findWorkPlanActivities(text, options.language, mentions.organisations, mandates);
    // A plan written as prose rather than a table still tells its activities in sentences.
    if (planned.length > 0) return { ...empty, mandates, activities: planned };
  }
  const drafts = readActivities(text, options, mentions);
  return { ...empty, mandates, activities: resolveDrafts(drafts, options.kind) };
}

function readActivities(text: string, options: ExtractOptions, mentions: FoundMentions): ActivityDraft[] {
  const drafts: ActivityDraft[] = [];
  const context: ReadingContext = { contextYear: null, units: [], mandates: [], funders: [] };
  for (const section of segmentDocument(text)) {
    // A section's own heading may cite its mandate; a new section starts without the last one's funders.
    context.funders = [];
    context.contextYear = null;
    context.seriesType = null;
    const sectionDrafts: ActivityDraft[] = [];
    if (section.heading) {
      const cited = sliceWithin(mentions.citations, section.heading);
      if (cited.length > 0) context.mandates = cited.map(({ instrument, paragraph }) => ({ instrument, paragraph }));
    }
    for (const paragraph of section.paragraphs) {
      const dates: DateMention[] = findDates(text, options.language, paragraph.start, paragraph.end);
      const paragraphDrafts = findParagraphActivities({
        text,
        paragraph,
        language: options.language,
        kind: options.kind,
        context,
        caribbeanStates: CARIBBEAN_STATES,
        mentions: {
          dates,
          places: sliceWithin(mentions.places, paragraph),
          organisations: sliceWithin(mentions.organisations, paragraph),
          citations: sliceWithin(mentions.citations, paragraph),
        },
      });
      // One by one: a paragraph of a huge document may give more drafts than a spread can pass.
      for (const draft of paragraphDrafts) sectionDrafts.push(draft);
    }
    for (const draft of dropSummaries(sectionDrafts)) drafts.push(draft);
  }
  return drafts;
}

// OAS documents print their own symbol under the classification line ("OEA/Ser.L/X.2.12" then
// "CICTE/doc.5/12 rev.1"): that symbol names the document itself, not a mandate it answers.
const CLASSIFICATION = /\b(?:OEA|OAS)\/Ser\./;
const HEADER_LINES = 3;

function withoutOwnSymbol(text: string, citations: readonly CitationMentionLike[]): CitationMentionLike[] {
  const head = text.slice(0, 3000);
  const match = CLASSIFICATION.exec(head);
  if (!match) return [...citations];
  let end = match.index;
  for (let line = 0; line <= HEADER_LINES && end >= 0; line += 1) end = head.indexOf('\n', end + 1);
  const blockEnd = end < 0 ? head.length : end;
  return citations.filter((c) => c.start < match.index || c.start > blockEnd || !isAloneOnLine(text, c));
}

function isAloneOnLine(text: string, citation: CitationMentionLike): boolean {
  const lineStart = text.lastIndexOf('\n', citation.start - 1) + 1;
  let lineEnd = text.indexOf('\n', citation.end);
  if (lineEnd < 0) lineEnd = text.length;
  return text.slice(lineStart, citation.start).trim() === '' && text.slice(citation.end, lineEnd).trim().length <= 12;
}

function uniqueCitations(citations: readonly CitationMentionLike[]): MandateCitation[] {
  const unique = new Map<string, MandateCitation>();
  for (const { instrument, paragraph } of citations) unique.set(`${instrument}|${paragraph ?? ''}`, { instrument, paragraph });
  return [...unique.values()];
}

/**
 * The year a report speaks from: the latest year of an event it tells as done. "Cette année" is
 * that year, and an event running past it is still ongoing.
 */
function documentYearOf(drafts: readonly ActivityDraft[]): { year: number | null; latest: string | null } {
  let latest: string | null = null;
  for (const draft of drafts) {
    if (draft.status !== 'done' || !draft.date || draft.date.relative !== null) continue;
    const resolved = resolveDate(draft.date, draft.contextYear, null);
    const end = resolved?.end ?? null;
    if (end !== null && (latest === null || end > latest)) latest = end;
  }
  if (latest === null) {
    for (const draft of drafts) {
      const year = draft.date ? statedYear(draft.date) : null;
      if (year !== null && (latest === null || String(year) > latest)) latest = String(year);
    }
  }
  return { year: latest === null ? null : Number(latest.slice(0, 4)), latest };
}

function resolveDrafts(drafts: readonly ActivityDraft[], kind: DocumentKind): ExtractedActivity[] {
  const { year, latest } = documentYearOf(drafts);
  return drafts.map((draft) => {
    // A done event told without a date took place in the year its section speaks of (SCHEMA.md).
    const contextual = draft.status === 'done' && draft.contextYear !== null ? { start: String(draft.contextYear), end: String(draft.contextYear) } : null;
    const dates = draft.date ? resolveDate(draft.date, draft.contextYear, year) : contextual;
    let status = draft.status;
    // A programme that began before the report and ends after it is under way.
    if (kind === 'report' && dates?.start && dates.end && latest !== null && dates.start.slice(0, 4) < latest.slice(0, 4) && dates.end.slice(0, latest.length) > latest) status = 'ongoing';
    const countries = [...draft.countries];
    return {
      type: draft.type,
      start: dates?.start ?? null,
      end: dates?.end ?? null,
      venues: [...draft.venues],
      city: draft.city,
      countries,
      participants: draft.participants,
      organizations: [...draft.organizations].filter((o) => !draft.funders.has(o)),
      funders: [...draft.funders],
      status,
      mandates: draft.mandates,
      title: draft.title,
      source: draft.source,
      confidence: draft.confidence,
    };
  });
}

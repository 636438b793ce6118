import type { ActivityType } from '../core/activities/activity.ts';
import { SMS_UNITS } from '../core/reference/organisations.ts';
import type { DateMention } from './dates.ts';
import { statedYear } from './dates.ts';
import { findFirstPlannedWord, hasOngoingWord } from './detect-status.ts';
import type { ExtractedStatus } from './detect-status.ts';
import type { DocumentKind, Language, MandateCitation, TextSpan } from './extraction.ts';
import { EVENT_LEXICONS } from './lang/event-lexicon.ts';
import type { EventLexicon } from './lang/event-lexicon.ts';
import type { NumberMention } from './numbers.ts';
import { findNumbersInWords, isParticipantCount } from './numbers.ts';
import type { Paragraph } from './segment.ts';
import type { Word } from './words.ts';
import { idOfWord } from './word-table.ts';
import { bareIdOf, foldKey, foldRange, LexiconPhrases, lexiconPhrasesOf, stripElision, tokenizeWords, WordSet } from './words.ts';
import { firstStartingAtOrAfter } from './partition-point.ts';

/** What this stage needs of a place mention (places.ts gives more). */
export interface PlaceMentionLike extends TextSpan {
  readonly iso3: string;
  readonly kind: 'country' | 'city';
  readonly city?: string | undefined;
}

/** What this stage needs of an organisation mention (organisations.ts gives more). */
export interface OrganisationMentionLike extends TextSpan {
  readonly acronym: string;
  readonly isFunder: boolean;
}

export interface CitationMentionLike extends TextSpan, MandateCitation {}

/** Mentions found in one paragraph, offsets into the whole text. */
export interface ParagraphMentions {
  readonly dates: readonly DateMention[];
  readonly places: readonly PlaceMentionLike[];
  readonly organisations: readonly OrganisationMentionLike[];
  readonly citations: readonly CitationMentionLike[];
}

/** What carries from one paragraph to the next within a section, and across the document. */
export interface ReadingContext {
  contextYear: number | null;
  /** The secretariat units (CICTE, CICAD, DPS, or SMS) the section speaks of. */
  units: string[];
  /** The mandate the section answers. */
  mandates: MandateCitation[];
  funders: string[];
  /** The kind of the series a section announced with a generic noun ("une série d'activités de formation"). */
  seriesType?: ActivityType | null;
}

/** An activity before its dates are resolved against the document's year. */
export interface ActivityDraft {
  readonly type: ActivityType;
  status: ExtractedStatus;
  readonly date: DateMention | null;
  readonly contextYear: number | null;
  readonly venues: Set<string>;
  city: string | null;
  readonly countries: Set<string>;
  participants: { count: number; qualifier: 'exact' | 'at_least' | 'about' } | null;
  /** Several events shared one head count: none of them gets it. */
  hasSharedCount: boolean;
  readonly organizations: Set<string>;
  readonly funders: Set<string>;
  readonly mandates: readonly MandateCitation[];
  readonly title: string | null;
  readonly source: TextSpan;
  readonly confidence: number;
  readonly sentence: number;
  /** "plusieurs ateliers": announces events that the text may tell one by one elsewhere. */
  readonly isSummary: boolean;
}

/** The secretariat and its units: the implementing bodies that a section's activities inherit. */
const UNITS: ReadonlySet<string> = new Set(['SMS', ...SMS_UNITS]);
const GENERIC_BODIES = new Set(['OAS', 'UN']);
const FAMILY: Readonly<Record<ActivityType, string>> = {
  workshop: 'event', seminar: 'event', course: 'event', meeting: 'event', round_table: 'event',
  assessment: 'assistance', mission: 'assistance', exercise: 'assistance',
  scholarship: 'scholarship', equipment: 'equipment', study: 'study', consultation: 'consultation',
  campaign: 'campaign', other: 'other',
};
const QUOTE_OPEN = new Set(['«', '“', '"']);
const QUOTE_CLOSE = new Set(['»', '”', '"']);
const PAREN_OPEN = new Set(['(', '[']);
const PAREN_CLOSE = new Set([')', ']']);
// The marks of QUOTE_OPEN, QUOTE_CLOSE, PAREN_OPEN and PAREN_CLOSE: they are rare, and a native
// scan for them costs far less than reading every character of every sentence in a loop.
const MARKS = /[«“"»”()[\]]/g;
// Words that may stand between two event nouns when the second only qualifies the first ("réunions de consultation").
const LINKING_WORDS = new Set(['de', 'd', 'du', 'des', 'of', 'on', 'sur', 'pour', 'for', 'para', 'del', 'da', 'do', 'das', 'dos', 'en', 'em', 'in', 'la', 'le', 'l', 'the', 'el', 'a', 'o']);
const MAX_TRIGGER_WORDS = 3;

interface Trigger {
  readonly type: ActivityType;
  readonly first: number;
  readonly last: number;
  /** Points back to an event already told ("ces ateliers", "the course" with nothing new). */
  readonly isAnaphoric: boolean;
  /** How many events a demonstrative phrase points back to ("ces trois activités"), when it says. */
  readonly backCount: number | null;
  readonly isSummary: boolean;
  /** "activité", "activity": typed from its description or its series, never by itself. */
  readonly isGeneric: boolean;
}

interface Scope {
  readonly trigger: Trigger;
  readonly start: number;
  readonly end: number;
}

interface SentenceFacts {
  readonly text: string;
  readonly words: readonly Word[];
  readonly span: TextSpan;
  readonly dates: readonly DateMention[];
  readonly places: readonly PlaceMentionLike[];
  readonly organisations: readonly OrganisationMentionLike[];
  readonly counts: readonly NumberMention[];
  readonly roles: ReadonlyMap<PlaceMentionLike, 'venue' | 'participant'>;
  readonly lastDateStart: number;
  readonly lastVenueStart: number;
  readonly lastCountStart: number;
  /** Offsets of the words that join list items ("et", "and"), for splitting a passage between its dates. */
  readonly conjunctionStarts: readonly number[];
  readonly quotes: readonly TextSpan[];
  readonly parentheses: readonly TextSpan[];
  readonly firstPlannedWord: number;
  /** Where "dans tous les États des Caraïbes" stands, a venue without a place mention; -1 when absent. */
  readonly caribbeanVenueStart: number;
  /** The organisations named "en collaboration avec": partners, never hosts. */
  readonly cooperating: ReadonlySet<OrganisationMentionLike>;
}

export interface ParagraphReading {
  readonly text: string;
  readonly paragraph: Paragraph;
  readonly mentions: ParagraphMentions;
  readonly language: Language;
  readonly kind: DocumentKind;
  readonly context: ReadingContext;
  /** ISO3 codes that "every Caribbean state" stands for. */
  readonly caribbeanStates: readonly string[];
}

/** What carries from one sentence to the next within a paragraph. */
interface ParagraphState {
  readonly drafts: ActivityDraft[];
  readonly paragraphUnits: string[];
  /** Units named "en collaboration avec" work beside the implementing unit rather than replacing it. */
  readonly cooperatingUnits: string[];
  /** Partners named since the last sentence that told of an event belong to the next event. */
  pendingPartners: string[];
  readonly funders: string[];
  previousSentenceDrafts: ActivityDraft[];
}

/** Reads one paragraph into activity drafts, updating the context that later paragraphs inherit. */
export function findParagraphActivities(reading: ParagraphReading): ActivityDraft[] {
  const { text, paragraph, language, context } = reading;
  const state: ParagraphState = {
    drafts: [],
    paragraphUnits: [],
    cooperatingUnits: [],
    pendingPartners: [],
    funders: [...context.funders],
    previousSentenceDrafts: [],
  };
  // One small function per kind of sentence: each is optimised, and falls back, on its own.
  paragraph.sentences.forEach((span, sentenceIndex) => {
    // A sentence with no event noun, after no event, only carries context: read it cheaply.
    if (state.previousSentenceDrafts.length === 0 && !hasEventAnchor(text, span, language)) readContextSentence(reading, span, state);
    else readEventSentence(reading, span, sentenceIndex, state);
  });
  if (state.paragraphUnits.length > 0) context.units = state.paragraphUnits;
  return state.drafts;
}

function readContextSentence(reading: ParagraphReading, span: TextSpan, state: ParagraphState): void {
  const { text, mentions, context } = reading;
  // The units a sentence names carry out what it and the next sentences tell, until another sentence names others.
  const sentenceUnits: string[] = [];
  updateMandates(context, sliceWithin(mentions.citations, span));
  const sentenceOrganisations = sliceWithin(mentions.organisations, span);
  const cooperatingHere = sentenceOrganisations.some((o) => UNITS.has(o.acronym))
    ? findCooperatingOrganisations(text, tokenizeWords(text, span.start, span.end), sentenceOrganisations, EVENT_LEXICONS[reading.language])
    : new Set<OrganisationMentionLike>();
  for (const org of sentenceOrganisations) {
    if (org.isFunder) addUnique(state.funders, org.acronym);
    else if (UNITS.has(org.acronym)) addUnique(cooperatingHere.has(org) ? state.cooperatingUnits : sentenceUnits, org.acronym);
    else if (!GENERIC_BODIES.has(org.acronym)) addUnique(state.pendingPartners, org.acronym);
  }
  applySentenceUnits(state.paragraphUnits, sentenceUnits, context.units);
  updateContextYear(context, sliceWithin(mentions.dates, span));
}

/** The mentions and word facts of a sentence that may tell of events. */
function readSentenceFacts(reading: ParagraphReading, span: TextSpan, lexicon: EventLexicon): SentenceFacts {
  const { text, mentions, language } = reading;
  const words = tokenizeWords(text, span.start, span.end);
  const { quotes, parentheses } = findEnclosedRanges(text, span);
  const organisations = sliceWithin(mentions.organisations, span).filter((o) => !isInside(o, quotes));
  const places = withoutOrganisationPlaces(sliceWithin(mentions.places, span), organisations);
  // A date in parentheses dates another thing ("(MISPA I – 2008)"), not the event told.
  const dates = sliceWithin(mentions.dates, span).filter((d) => !isInside(d, parentheses));
  const counts = findNumbersInWords(text, words, language).filter((m) => isParticipantCount(words, m, language));
  const roles = assignPlaceRoles(text, span, places, lexicon, language);
  const venues = places.filter((p) => roles.get(p) === 'venue');
  return {
    text, words, span, dates, places, organisations, counts, roles,
    lastDateStart: dates[dates.length - 1]?.start ?? -1,
    lastVenueStart: venues[venues.length - 1]?.start ?? -1,
    lastCountStart: counts[counts.length - 1]?.start ?? -1,
    conjunctionStarts: findJoiners(words, places),
    quotes, parentheses,
    firstPlannedWord: findFirstPlannedWord(text, words, 0, words.length, language),
    caribbeanVenueStart: findCaribbeanVenue(words, lexicon),
    cooperating: findCooperatingOrganisations(text, words, organisations, lexicon),
  };
}

/** The organisations a sentence names, sorted into funders, units and partners. */
interface SentenceBodies {
  readonly sentenceUnits: string[];
  readonly partners: string[];
  readonly ownPartners: string[];
  readonly partnerMentions: OrganisationMentionLike[];
}

function sortSentenceBodies(facts: SentenceFacts, triggers: readonly Trigger[], lexicon: EventLexicon, state: ParagraphState): SentenceBodies {
  const { words, cooperating } = facts;
  const bodies: SentenceBodies = { sentenceUnits: [], partners: [...state.pendingPartners], ownPartners: [], partnerMentions: [] };
  for (const org of facts.organisations) {
    // "la Quatrième MISPA": an event's own name is not a partner of it.
    if (triggers.some((t) => (words[t.first]?.start ?? 0) < org.end && (words[t.last]?.end ?? 0) > org.start)) continue;
    // "(MISPA I – 2008)": an acronym that names a meeting series is no body.
    if (lexicon.nouns[foldAcronym(org.acronym)] !== undefined) continue;
    if (org.isFunder) addUnique(state.funders, org.acronym);
    else if (UNITS.has(org.acronym)) addUnique(cooperating.has(org) ? state.cooperatingUnits : bodies.sentenceUnits, org.acronym);
    else if (!GENERIC_BODIES.has(org.acronym) || cooperating.has(org)) {
      addUnique(bodies.partners, org.acronym);
      addUnique(bodies.ownPartners, org.acronym);
      bodies.partnerMentions.push(org);
    }
  }
  return bodies;
}

function readEventSentence(reading: ParagraphReading, span: TextSpan, sentenceIndex: number, state: ParagraphState): void {
  const { context } = reading;
  const lexicon = EVENT_LEXICONS[reading.language];
  const facts = readSentenceFacts(reading, span, lexicon);
  const { words } = facts;
  updateMandates(context, sliceWithin(reading.mentions.citations, span));
  const lastDraft = state.previousSentenceDrafts[state.previousSentenceDrafts.length - 1];
  const triggers = findTriggers(words, lexicon, facts, lastDraft?.type ?? context.seriesType ?? null, context.seriesType ?? null);
  const announced = triggers.find((t) => t.isGeneric && !t.isAnaphoric && t.type !== 'other');
  if (announced) context.seriesType = announced.type;
  const bodies = sortSentenceBodies(facts, triggers, lexicon, state);
  applySentenceUnits(state.paragraphUnits, bodies.sentenceUnits, context.units);
  const sentenceDrafts = draftSentence(reading, facts, triggers, sentenceIndex, state, bodies.partnerMentions);
  applySentenceAftermath(reading, facts, triggers, lexicon, state, sentenceDrafts, bodies);
}

/** The drafts of the events a sentence tells, one or more per event noun. */
function draftSentence(reading: ParagraphReading, facts: SentenceFacts, triggers: readonly Trigger[], sentenceIndex: number, state: ParagraphState, partnerMentions: readonly OrganisationMentionLike[]): ActivityDraft[] {
  const { context } = reading;
  const fresh = triggers.filter((t) => !t.isAnaphoric);
  const sentenceDrafts: ActivityDraft[] = [];
  const scopes = mergeRepeatedMentions(scopeTriggers(facts.words, fresh, facts.span), facts);
  const scopesStart = scopes[0]?.start ?? facts.span.end;
  // Partners named before the first event serve every event of the sentence; one named within an event's passage serves that event.
  const sentencePartners = [...state.pendingPartners];
  for (const org of partnerMentions) if (org.start < scopesStart) addUnique(sentencePartners, org.acronym);
  let previousScope: { dates: DateMention[]; venues: PlaceMentionLike[] } | null = null;
  for (const scope of scopes) {
    const made = draftsForScope(reading, facts, scope, scopes, previousScope, sentenceIndex, {
      units: [...(state.paragraphUnits.length > 0 ? state.paragraphUnits : context.units), ...state.cooperatingUnits],
      partners: [...sentencePartners, ...partnersOfScope(facts, scope, scopes, partnerMentions)],
      funders: state.funders,
    });
    previousScope = made.inherited;
    sentenceDrafts.push(...made.drafts);
  }
  return sentenceDrafts;
}

/** What a sentence adds to the events it tells or points back to, and what it hands to the next. */
function applySentenceAftermath(reading: ParagraphReading, facts: SentenceFacts, triggers: readonly Trigger[], lexicon: EventLexicon, state: ParagraphState, sentenceDrafts: ActivityDraft[], bodies: SentenceBodies): void {
  const { words } = facts;
  const { drafts, previousSentenceDrafts } = state;
  const isCaribbeanWide = includesPhrase(words, lexicon.allCaribbeanStates);
  if (isCaribbeanWide) applyCaribbeanStates(reading, facts, sentenceDrafts.length > 0 ? sentenceDrafts : previousSentenceDrafts, lexicon);
  assignCounts(facts, sentenceDrafts, previousSentenceDrafts, triggers, drafts);
  applyAnaphoricVenues(words, lexicon, sentenceDrafts, previousSentenceDrafts);
  const pointsBack = sentenceDrafts.length === 0 && previousSentenceDrafts.length > 0 && isAboutEarlierEvents(words, triggers, lexicon);
  applyAnaphoricCountries(words, lexicon, sentenceDrafts.length > 0 ? sentenceDrafts : pointedBack(triggers, previousSentenceDrafts, drafts));
  if (sentenceDrafts.length === 0 && previousSentenceDrafts.length > 0) addParticipantCountries(facts, previousSentenceDrafts, triggers, drafts);
  const { partners, ownPartners } = bodies;
  if (pointsBack) {
    // "Des experts du FDL ont dispensé cette formation": partners named for the events just told.
    for (const target of pointedBack(triggers, previousSentenceDrafts, drafts)) for (const partner of ownPartners) target.organizations.add(partner);
    state.pendingPartners = partners.filter((p) => !ownPartners.includes(p));
  } else state.pendingPartners = sentenceDrafts.length > 0 ? [] : partners;

  drafts.push(...sentenceDrafts);
  if (sentenceDrafts.length > 0) state.previousSentenceDrafts = sentenceDrafts;
  updateContextYear(reading.context, facts.dates);
}

/**
 * A sentence naming a unit of its own hands the following events to it. The Secretariat for
 * Multidimensional Security acts through its units: named alone, it leaves in charge the unit
 * already named, if any.
 */
function applySentenceUnits(paragraphUnits: string[], sentenceUnits: readonly string[], contextUnits: readonly string[]): void {
  if (sentenceUnits.some((u) => u !== 'SMS')) paragraphUnits.splice(0, paragraphUnits.length, ...sentenceUnits);
  else if (sentenceUnits.length > 0 && paragraphUnits.length === 0 && !contextUnits.some((u) => u !== 'SMS')) paragraphUnits.push(...sentenceUnits);
}

/** The partners named within a scope's passage, or within the next one when the two events are told together ("un atelier et un cours … avec X"). */
function partnersOfScope(facts: SentenceFacts, scope: Scope, scopes: readonly Scope[], mentions: readonly OrganisationMentionLike[]): string[] {
  const index = scopes.indexOf(scope);
  const next = scopes[index + 1];
  const end = next && isCoordinatedWith(facts, scope, next) ? next.end : scope.end;
  const found: string[] = [];
  for (const org of mentions) if (org.start >= scope.start && org.start < end) addUnique(found, org.acronym);
  return found;
}

/** Whether only a conjunction and an article stand between the end of scope's noun and the next event's ("un taller y un curso"). */
function isBareUpTo(facts: SentenceFacts, scope: Scope, next: Scope): boolean {
  return countWordsBetween(facts.words, facts.words[scope.trigger.last]?.end ?? scope.start, next.start) <= 2;
}

const MAX_WORDS_AFTER_CUE = 4;
const SENTENCE_OPENING_WORDS = 3;
const MAX_WORDS_IN_LIST = 10;

/** The organisations a cooperation phrase names ("avec la coopération du S/CICAD et du DPS"), the list it opens included. */
function findCooperatingOrganisations(text: string, words: readonly Word[], organisations: readonly OrganisationMentionLike[], lexicon: EventLexicon): Set<OrganisationMentionLike> {
  const found = new Set<OrganisationMentionLike>();
  if (organisations.length === 0) return found;
  const cues = phraseStarts(words, lexicon.cooperationCues);
  const cueEnds = cues.map(({ index, length }) => words[index + length - 1]?.end ?? 0);
  if (cueEnds.length === 0) return found;
  // "In cooperation with INTERPOL, the Department …": a cue that opens the sentence ends its list at the comma.
  const opensSentence = (cues[0]?.index ?? Infinity) <= SENTENCE_OPENING_WORDS;
  let cue = -1;
  let listEnd = -1;
  let lastOrganisationEnd = -1;
  for (const org of organisations) {
    while (cue + 1 < cueEnds.length && (cueEnds[cue + 1] ?? Infinity) <= org.start) cue += 1;
    const cueEnd = cue >= 0 ? (cueEnds[cue] ?? -1) : -1;
    // The cue names the first body after it; the ones after that body belong to its list or to nothing.
    const isAfterCue = cueEnd >= 0 && lastOrganisationEnd <= cueEnd && countWordsBetween(words, cueEnd, org.start) <= MAX_WORDS_AFTER_CUE;
    lastOrganisationEnd = Math.max(lastOrganisationEnd, org.end);
    let isInList = false;
    if (listEnd >= 0 && listEnd <= org.start) {
      const between = countWordsBetween(words, listEnd, org.start);
      const hasComma = text.slice(listEnd, org.start).includes(',');
      isInList = between <= MAX_WORDS_IN_LIST && !(hasComma && (opensSentence || between > 3));
    }
    if (isAfterCue || isInList) {
      found.add(org);
      listEnd = Math.max(listEnd, org.end);
    } else if (listEnd >= 0 && org.start >= listEnd) listEnd = -1;
  }
  return found;
}

/** How many words start in text[from, to): two binary searches. */
function countWordsBetween(words: readonly Word[], from: number, to: number): number {
  return firstStartingAtOrAfter(words, to) - firstStartingAtOrAfter(words, from);
}

/** A sentence without a new event that speaks of the ones before: "ces ateliers", "cette formation", "Elles …". */
function isAboutEarlierEvents(words: readonly Word[], triggers: readonly Trigger[], lexicon: EventLexicon): boolean {
  if (triggers.some((t) => t.isAnaphoric)) return true;
  const first = words[0]?.key ?? '';
  if (lexicon.backPronouns.includes(first)) return true;
  return words.some((w) => lexicon.demonstratives.includes(w.key) && w.key.length > 2);
}

function updateContextYear(context: ReadingContext, dates: readonly DateMention[]): void {
  for (const date of dates) {
    const year = statedYear(date);
    if (year !== null && date.relative === null) context.contextYear = year;
  }
}

const anchorCache = new Map<Language, RegExp>();

/** Whether a sentence may hold an event noun: one pass of a literal pattern over its folded text. */
function hasEventAnchor(text: string, span: TextSpan, language: Language): boolean {
  let pattern = anchorCache.get(language);
  if (!pattern) {
    const lexicon = EVENT_LEXICONS[language];
    const firstWords = new Set([...Object.keys(lexicon.nouns), ...lexicon.genericNouns].map((noun) => noun.split(' ')[0] ?? ''));
    const alternatives = [...firstWords].filter((w) => w.length > 0).sort((a, b) => b.length - a.length).map((w) => w.replace(/[^a-z0-9]/g, '.'));
    pattern = new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`);
    anchorCache.set(language, pattern);
  }
  return pattern.test(foldRange(text, span.start, span.end));
}

function isInside(span: TextSpan, ranges: readonly TextSpan[]): boolean {
  return ranges.some((r) => span.start > r.start && span.start < r.end);
}

/** The mentions of a list sorted by start that lie inside span; a binary search keeps this linear overall. */
export function sliceWithin<T extends TextSpan>(list: readonly T[], span: TextSpan): T[] {
  const found: T[] = [];
  for (let i = firstStartingAtOrAfter(list, span.start); i < list.length; i += 1) {
    const item = list[i];
    if (!item || item.start >= span.end) break;
    if (item.end <= span.end) found.push(item);
  }
  return found;
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function updateMandates(context: ReadingContext, citations: readonly CitationMentionLike[]): void {
  if (citations.length === 0) return;
  const withParagraph = citations.filter((c) => c.paragraph !== null);
  const chosen = withParagraph.length > 0 ? withParagraph : context.mandates.length === 0 ? citations : [];
  if (chosen.length === 0) return;
  const unique = new Map<string, MandateCitation>();
  for (const c of chosen) unique.set(`${c.instrument}|${c.paragraph ?? ''}`, { instrument: c.instrument, paragraph: c.paragraph });
  context.mandates = [...unique.values()];
}

/** A country named inside an organisation's name ("Gendarmerie royale du Canada") is not a place of the event; a government is. */
function withoutOrganisationPlaces(places: readonly PlaceMentionLike[], organisations: readonly OrganisationMentionLike[]): PlaceMentionLike[] {
  return places.filter((p) => !organisations.some((o) => (o.acronym !== p.iso3 || o.isFunder) && p.start < o.end && p.end > o.start));
}

function includesPhrase(words: readonly Word[], phrases: readonly string[]): boolean {
  const index = lexiconPhrasesOf(phrases);
  for (let i = 0; i < words.length; i += 1) if (index.matchAt(words, i) > 0) return true;
  return false;
}

function phraseStarts(words: readonly Word[], phrases: readonly string[]): { index: number; length: number }[] {
  const index = lexiconPhrasesOf(phrases);
  const found: { index: number; length: number }[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const length = index.matchAt(words, i);
    if (length > 0) found.push({ index: i, length });
  }
  return found;
}

/** The passages of a sentence in quotes and in parentheses, read in one pass over its marks. */
function findEnclosedRanges(text: string, span: TextSpan): { quotes: TextSpan[]; parentheses: TextSpan[] } {
  const quotes: TextSpan[] = [];
  const parentheses: TextSpan[] = [];
  let quoteAt = -1;
  let parenthesisAt = -1;
  for (const mark of text.slice(span.start, span.end).matchAll(MARKS)) {
    const i = span.start + mark.index;
    const char = mark[0];
    if (quoteAt < 0 && QUOTE_OPEN.has(char)) quoteAt = i;
    else if (quoteAt >= 0 && QUOTE_CLOSE.has(char)) {
      quotes.push({ start: quoteAt, end: i + 1 });
      quoteAt = -1;
    }
    if (parenthesisAt < 0 && PAREN_OPEN.has(char)) parenthesisAt = i;
    else if (parenthesisAt >= 0 && PAREN_CLOSE.has(char)) {
      parentheses.push({ start: parenthesisAt, end: i + 1 });
      parenthesisAt = -1;
    }
  }
  return { quotes, parentheses };
}

/**
 * The event nouns of a sentence. previousType is the kind of the event told last ("La deuxième
 * s'est déroulée …" continues its series); seriesType the kind a generic announcement gave.
 */
function findTriggers(words: readonly Word[], lexicon: EventLexicon, facts: SentenceFacts, previousType: ActivityType | null, seriesType: ActivityType | null): Trigger[] {
  const { quotes, parentheses } = facts;
  const text = facts.text;
  let quoteIndex = 0;
  const triggers: Trigger[] = [];
  let lastTriggerEnd = -10;
  let afterScholarship = false;
  const duringEnds = new Set(phraseStarts(words, lexicon.duringPhrases).map(({ index, length }) => index + length - 1));
  for (let i = 0; i < words.length; i += 1) {
    if (duringEnds.has(i) && isDuringPhrase(words, i, lexicon)) continue;
    const isGeneric = eventWordsOf(lexicon).genericNouns.has(bareIdOf(words[i]?.id ?? -1));
    const match = matchEventNoun(words, i, lexicon) ?? (isGeneric ? { type: 'other' as const, length: 1 } : null);
    if (!match) {
      if (previousType !== null && triggers.length === 0 && isEllipticSeriesMember(words, i, lexicon, facts)) {
        triggers.push({ type: previousType, first: i, last: i, isAnaphoric: false, backCount: null, isSummary: false, isGeneric: false });
      }
      continue;
    }
    const word = words[i];
    if (!word) continue;
    const isModifier = isQualifierOf(words, lastTriggerEnd, i, lexicon);
    const isInName = isInsideName(text, words, i);
    while (quoteIndex < quotes.length && (quotes[quoteIndex]?.end ?? 0) <= word.start) quoteIndex += 1;
    const candidate = quotes[quoteIndex];
    const quote = candidate && word.start > candidate.start && word.start < candidate.end ? candidate : undefined;
    const isInsideQuote = quote !== undefined && !isFirstWordOf(text, quote, word);
    lastTriggerEnd = i + match.length - 1;
    if (isModifier || isInName || isInsideQuote || afterScholarship || isInside(word, parentheses)) {
      i = lastTriggerEnd;
      continue;
    }
    const determiner = readDeterminer(words, i, lexicon);
    let isAnaphoric = determiner.kind === 'demonstrative';
    if (determiner.kind === 'definite' && !hasOwnFacts(facts, words, i)) isAnaphoric = true;
    if (determiner.kind === 'demonstrative' && hasOwnFacts(facts, words, i, true)) isAnaphoric = false;
    // A programme is reported through its events: without places or a count of its own it is their summary.
    const isSummary = determiner.isSummary || lexicon.programmeNouns.includes(stripElision(word.key));
    let type: ActivityType = match.type;
    if (isGeneric && !isAnaphoric) {
      const described = describedType(words, i, lexicon, isSummary);
      const isMember = isSeriesMember(words, i, lexicon);
      // A generic noun with neither a description nor a place in a series is no event we can name.
      if (described === null && !isMember) {
        lastTriggerEnd = -10;
        continue;
      }
      type = described ?? seriesType ?? 'other';
    }
    triggers.push({ type, first: i, last: lastTriggerEnd, isAnaphoric, backCount: determiner.backCount, isSummary, isGeneric });
    if (match.type === 'scholarship' && !isAnaphoric) afterScholarship = true;
    i = lastTriggerEnd;
  }
  return triggers;
}

/** "au cours de l'année 2013", "in the course of 2012": not a course, unless a training word follows ("au cours de formation"). */
function isDuringPhrase(words: readonly Word[], i: number, lexicon: EventLexicon): boolean {
  const next = words[i + 1];
  if (!next) return false;
  const elided = next.key.includes("'") ? next.key.slice(0, next.key.indexOf("'")) : null;
  if (!LINKING_WORDS.has(elided ?? next.key)) return false;
  const described = elided !== null ? stripElision(next.key) : stripElision(words[i + 2]?.key ?? '');
  return !lexicon.trainingWords.includes(described);
}

/** "Dans tous les États des Caraïbes": the start of the phrase when a venue preposition leads it, else -1. */
function findCaribbeanVenue(words: readonly Word[], lexicon: EventLexicon): number {
  for (const { index } of phraseStarts(words, lexicon.allCaribbeanStates)) {
    const before = words[index - 1];
    if (before && lexicon.venuePrepositions.includes(stripElision(before.key))) return words[index]?.start ?? -1;
  }
  return -1;
}

const DESCRIPTION_WORDS = 4;
// Bounded so that a sentence of many announcements stays linear.
const ANNOUNCEMENT_WORDS = 30;

/**
 * The kind a generic noun's own words give it: "activités de formation", "training activities",
 * "actividades de sensibilización". An announcement ("une série d'activités … moyennant la
 * formation …") may describe its series further on in the sentence.
 */
function describedType(words: readonly Word[], i: number, lexicon: EventLexicon, isSummary: boolean): ActivityType | null {
  const before = words[i - 1];
  if (before && lexicon.trainingWords.includes(stripElision(before.key))) return 'course';
  const end = Math.min(words.length, i + 1 + (isSummary ? ANNOUNCEMENT_WORDS : DESCRIPTION_WORDS));
  for (let k = i + 1; k < end; k += 1) {
    const key = stripElision(words[k]?.key ?? '');
    if (lexicon.trainingWords.includes(key)) return 'course';
    const noun = matchEventNoun(words, k, lexicon);
    if (noun) return noun.type;
  }
  return null;
}

/** "la première activité", "the second activity": one more event of a series. */
function isSeriesMember(words: readonly Word[], i: number, lexicon: EventLexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 2); k -= 1) {
    if (lexicon.seriesMembers.includes(stripElision(words[k]?.key ?? ''))) return true;
  }
  return false;
}

/**
 * "La deuxième s'est déroulée à la Barbade en octobre", "The second took place in …": a sentence
 * that opens on an ordinal without a noun tells one more event of the series just told, when it
 * gives the event a date and a place of its own.
 */
function isEllipticSeriesMember(words: readonly Word[], i: number, lexicon: EventLexicon, facts: SentenceFacts): boolean {
  if (i > 1) return false;
  const key = stripElision(words[i]?.key ?? '');
  if (!lexicon.seriesMembers.includes(key)) return false;
  if (i === 1 && !lexicon.definiteArticles.includes(stripElision(words[0]?.key ?? ''))) return false;
  const next = words[i + 1];
  const own = words[i];
  if (!next || !own) return false;
  // "La deuxième étape du projet a été lancée …" names something else; "La deuxième s'est tenue …", "La segunda, en …" do not.
  const nextKey = next.key.includes("'") ? next.key.slice(0, next.key.indexOf("'")) : next.key;
  const isVerbNext = lexicon.ellipsisVerbs.includes(nextKey) || lexicon.ellipsisVerbs.includes(stripElision(next.key)) || facts.text.slice(own.end, next.start).includes(',');
  return isVerbNext && facts.dates.length > 0 && facts.lastVenueStart >= 0;
}

/** "réunions de consultation", "atelier régional pour l'évaluation": the second noun only says what the first is about. */
function isQualifierOf(words: readonly Word[], previousTrigger: number, i: number, lexicon: EventLexicon): boolean {
  if (previousTrigger < 0 || i - previousTrigger > 4) return false;
  const between = words.slice(previousTrigger + 1, i);
  if (between.some((w) => lexicon.conjunctions.includes(w.key))) return false;
  const own = words[i]?.key ?? '';
  const ownElided = own.includes("'") ? own.slice(0, own.indexOf("'")) : null;
  const last = between[between.length - 1];
  if (!last) return true;
  return ownElided !== null || LINKING_WORDS.has(stripElision(last.key)) || LINKING_WORDS.has(last.key);
}

/** "Mécanisme d'évaluation multilatérale": a lower-case event noun after a capitalised word is part of a name. */
function isInsideName(text: string, words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (!word || i === 0) return false;
  const own = text[word.start] ?? '';
  if (own !== own.toLowerCase()) return false;
  let k = i - 1;
  const ownKey = word.key;
  if (!ownKey.includes("'")) {
    while (k > 0 && LINKING_WORDS.has(words[k]?.key ?? '')) k -= 1;
  }
  const previous = words[k];
  if (!previous || k === 0) return false;
  const first = text[previous.start] ?? '';
  return first !== first.toLowerCase() && i - k <= 3;
}

function isFirstWordOf(text: string, quote: TextSpan, word: Word): boolean {
  for (let i = quote.start + 1; i < word.start; i += 1) {
    const char = text[i] ?? '';
    if (char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9')) return false;
  }
  return true;
}

function matchEventNoun(words: readonly Word[], i: number, lexicon: EventLexicon): { type: ActivityType; length: number } | null {
  const length = eventWordsOf(lexicon).nouns.matchAt(words, i, Math.min(words.length, i + MAX_TRIGGER_WORDS));
  if (length === 0) return null;
  const parts: string[] = [];
  for (let k = 0; k < length; k += 1) parts.push(stripElision(words[i + k]?.key ?? ''));
  const type = lexicon.nouns[parts.join(' ')];
  return type === undefined ? null : { type, length };
}

/** What every word of an event sentence is looked up in, built once per lexicon. */
interface EventWords {
  readonly nouns: LexiconPhrases;
  readonly genericNouns: WordSet;
}

const eventWordCache = new Map<EventLexicon, EventWords>();

function eventWordsOf(lexicon: EventLexicon): EventWords {
  let built = eventWordCache.get(lexicon);
  if (!built) {
    built = { nouns: new LexiconPhrases(Object.keys(lexicon.nouns)), genericNouns: new WordSet(lexicon.genericNouns) };
    eventWordCache.set(lexicon, built);
  }
  return built;
}

// Organisation acronyms are few: each is folded once, not once per sentence that names it.
const foldedAcronyms = new Map<string, string>();
const MAX_FOLDED_ACRONYMS = 10_000;

function foldAcronym(acronym: string): string {
  let folded = foldedAcronyms.get(acronym);
  if (folded === undefined) {
    folded = foldKey(acronym);
    if (foldedAcronyms.size >= MAX_FOLDED_ACRONYMS) foldedAcronyms.clear();
    foldedAcronyms.set(acronym, folded);
  }
  return folded;
}

interface Determiner {
  readonly kind: 'demonstrative' | 'definite' | 'other';
  readonly backCount: number | null;
  readonly isSummary: boolean;
}

function readDeterminer(words: readonly Word[], i: number, lexicon: EventLexicon): Determiner {
  let backCount: number | null = null;
  let isSummary = false;
  const own = words[i]?.key ?? '';
  const ownElided = own.includes("'") ? own.slice(0, own.indexOf("'")) : null;
  if (ownElided !== null && lexicon.definiteArticles.includes(ownElided)) return { kind: 'definite', backCount, isSummary };
  if (ownElided !== null && lexicon.summaryWords.includes(stripElision(words[i - 1]?.key ?? ''))) isSummary = true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
    const word = words[k];
    if (!word) break;
    const key = stripElision(word.key);
    const elided = word.key !== key ? word.key.slice(0, word.key.indexOf("'")) : null;
    if (lexicon.summaryWords.includes(key)) isSummary = true;
    if (INDEFINITE_ARTICLES.has(key)) break;
    if (lexicon.demonstratives.includes(key)) return { kind: 'demonstrative', backCount, isSummary };
    if (lexicon.definiteArticles.includes(key) || lexicon.contractedArticles.includes(key)) return { kind: 'definite', backCount, isSummary };
    if (elided !== null && lexicon.definiteArticles.includes(elided)) return { kind: 'definite', backCount, isSummary };
    const number = NUMBER_WORDS.get(key) ?? (/^\d{1,2}$/.test(key) ? Number(key) : undefined);
    if (number !== undefined) {
      backCount = number;
      continue;
    }
    // Adjectives and ordinals may stand between the determiner and the noun ("le deuxième cours").
    if (key.length > 2 && !lexicon.conjunctions.includes(key)) continue;
    // "a series of workshops", "una serie de talleres": the summary word stands before the linking word.
    if (LINKING_WORDS.has(key) && lexicon.summaryWords.includes(stripElision(words[k - 1]?.key ?? ''))) isSummary = true;
    break;
  }
  return { kind: 'other', backCount: null, isSummary };
}

const INDEFINITE_ARTICLES = new Set(['un', 'une', 'a', 'an', 'una', 'unos', 'unas', 'um', 'uma', 'uns', 'umas']);

// Small counts that a demonstrative phrase may carry ("ces trois activités", "these two courses").
// A map, not a record: "constructor" before an event noun must not read as a count.
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, two: 2, three: 3, four: 4, five: 5,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, dois: 2, duas: 2, quatro: 4,
}));

/** Whether the words after a trigger up to the next sentence part bring a date, a place or a count of their own. */
function hasOwnFacts(facts: SentenceFacts, words: readonly Word[], i: number, needsDateAndPlace = false): boolean {
  const from = words[i]?.start ?? facts.span.start;
  if (needsDateAndPlace) return facts.lastDateStart >= from && Math.max(facts.lastVenueStart, facts.caribbeanVenueStart) >= from;
  // A definite event with its own date or a place right after it is a new one; a head count alone is told of an event already named.
  const near = words[Math.min(words.length - 1, i + 15)]?.end ?? facts.span.end;
  const hasNearVenue = facts.places.some((p) => p.start >= from && p.start <= near && facts.roles.get(p) === 'venue');
  return facts.dates.length > 0 || hasNearVenue;
}

function scopeTriggers(words: readonly Word[], triggers: readonly Trigger[], span: TextSpan): Scope[] {
  return triggers.map((trigger, index) => {
    const next = triggers[index + 1];
    const start = words[trigger.first]?.start ?? span.start;
    const end = next ? (words[next.first]?.start ?? span.end) : span.end;
    return { trigger, start, end };
  });
}

/** "une réunion régionale …, réunion qui a abouti à …": a noun repeated with nothing new is the same event. */
function mergeRepeatedMentions(scopes: readonly Scope[], facts: SentenceFacts): Scope[] {
  const merged: Scope[] = [];
  for (const scope of scopes) {
    const previous = merged[merged.length - 1];
    const bringsNothing = !facts.dates.some((m) => startsIn(m, scope)) && !facts.counts.some((m) => startsIn(m, scope)) && !facts.places.some((p) => startsIn(p, scope) && facts.roles.get(p) === 'venue');
    if (previous && previous.trigger.type === scope.trigger.type && bringsNothing) {
      merged[merged.length - 1] = { ...previous, end: scope.end };
      continue;
    }
    const isSummary = scope.trigger.isSummary || (previous !== undefined && previous.trigger.isSummary && isCoordinatedWith(facts, previous, scope));
    merged.push(isSummary === scope.trigger.isSummary ? scope : { ...scope, trigger: { ...scope.trigger, isSummary } });
  }
  return merged;
}

function isCoordinatedWith(facts: SentenceFacts, previous: Scope, scope: Scope): boolean {
  const first = facts.words.findIndex((w) => w.start >= previous.start);
  const last = facts.words.findIndex((w) => w.start >= scope.start);
  return first >= 0 && last >= 0 && last - first <= 8;
}

interface DraftInheritance {
  readonly units: readonly string[];
  readonly partners: readonly string[];
  readonly funders: readonly string[];
}

function draftsForScope(
  reading: ParagraphReading,
  facts: SentenceFacts,
  scope: Scope,
  scopes: readonly Scope[],
  previousScope: { dates: DateMention[]; venues: PlaceMentionLike[] } | null,
  sentence: number,
  inheritance: DraftInheritance,
): { drafts: ActivityDraft[]; inherited: { dates: DateMention[]; venues: PlaceMentionLike[] } } {
  const { text, language, kind, context } = reading;
  // Scopes run without a gap from the first event noun to the end of the sentence.
  const scopesStart = scopes[0]?.start ?? scope.start;

  let dates = facts.dates.filter((m) => startsIn(m, scope));
  if (dates.length === 0) {
    const earlier = beforeScopes(facts.dates, scope, scopesStart);
    const last = earlier[earlier.length - 1];
    dates = last ? [last] : previousScope && isCoordinated(facts, scope, scopes) ? previousScope.dates.slice(-1) : [];
  }
  let places = facts.places.filter((m) => startsIn(m, scope));
  const isFirst = scopes[0] === scope;
  if (isFirst) places = [...beforeScopes(facts.places, scope, scopesStart).filter((p) => facts.roles.get(p) !== 'venue' || !places.some((q) => facts.roles.get(q) === 'venue')), ...places];
  if (!places.some((p) => facts.roles.get(p) === 'venue')) {
    const earlier = isFirst ? [] : beforeScopes(facts.places, scope, scopesStart).filter((p) => facts.roles.get(p) === 'venue');
    const inherited = earlier.length > 0 ? earlier : previousScope && isCoordinated(facts, scope, scopes) ? previousScope.venues : [];
    places = [...places, ...inherited];
  }
  // "un taller y un curso en Chile en octubre": an event told bare just before another shares what the other is given.
  const next = scopes[scopes.indexOf(scope) + 1];
  if (dates.length === 0 && !places.some((p) => facts.roles.get(p) === 'venue' || p.kind === 'city') && next && isCoordinatedWith(facts, scope, next) && isBareUpTo(facts, scope, next)) {
    dates = facts.dates.filter((m) => startsIn(m, next)).slice(0, 1);
    places = [...places, ...facts.places.filter((p) => startsIn(p, next) && (facts.roles.get(p) === 'venue' || p.kind === 'city'))];
  }

  const groups = splitByDates(facts, dates, places, scope);
  const status = kind === 'workplan' ? 'planned' : statusOf(text, facts, scope, scopes, language);
  const title = readTitle(text, scope);
  const organizations = [...inheritance.units.filter((u) => u !== 'SMS' || inheritance.units.length === 1), ...inheritance.partners];
  const drafts = groups.map((group) => {
    const draft: ActivityDraft = {
      type: scope.trigger.type,
      status,
      date: group.date,
      contextYear: yearFor(group.date, facts, context.contextYear),
      isSummary: scope.trigger.isSummary,
      venues: new Set(),
      city: null,
      countries: new Set(),
      participants: null,
      hasSharedCount: false,
      organizations: new Set(organizations),
      funders: new Set(inheritance.funders),
      mandates: context.mandates,
      title,
      source: { start: Math.min(scope.start, group.start), end: Math.max(scope.end, group.end) },
      confidence: group.date ? 0.7 : 0.5,
      sentence,
    };
    for (const place of group.places) {
      if (place.kind === 'city') {
        draft.venues.add(place.iso3);
        draft.city ??= place.city ?? null;
      } else if (facts.roles.get(place) === 'venue') draft.venues.add(place.iso3);
      else draft.countries.add(place.iso3);
    }
    // An assessment or an assistance mission is for the state it is carried out in: "une
    // assistance technique à la Dominique" names the beneficiary, not a venue.
    if (draft.type === 'assessment' || draft.type === 'mission') for (const venue of draft.venues) draft.countries.add(venue);
    if (draft.type === 'mission' && draft.city === null) draft.venues.clear();
    // Equipment handed over in a state is handed to that state.
    if (draft.type === 'equipment') for (const venue of draft.venues) draft.countries.add(venue);
    // "a appuyé le Gouvernement de la Dominique pour l'organisation d'un cours": the government organising an event hosts it.
    if (draft.venues.size === 0 && draft.type !== 'mission' && draft.type !== 'study') {
      const host = facts.places.find((p) => p.start < scope.start && facts.organisations.some((o) => !o.isFunder && !facts.cooperating.has(o) && o.acronym === p.iso3 && p.start >= o.start && p.end <= o.end));
      if (host) draft.venues.add(host.iso3);
    }
    // A study is about the states it names ("une méthodologie … à la Barbade"): they are not where it was held.
    if (draft.type === 'study' && draft.city === null) {
      for (const venue of draft.venues) draft.countries.add(venue);
      draft.venues.clear();
    }
    // Assistance "au Gouvernement de la Grenade": the state receives it; it is no partner of it.
    if (draft.type === 'assessment' || draft.type === 'mission') for (const state of draft.countries) draft.organizations.delete(state);
    return draft;
  });
  return {
    drafts,
    inherited: { dates, venues: places.filter((p) => facts.roles.get(p) === 'venue' || p.kind === 'city') },
  };
}

function startsIn(mention: TextSpan, span: TextSpan): boolean {
  return mention.start >= span.start && mention.start < span.end;
}

/** The mentions that end before the scope and before the first scope of the sentence. */
function beforeScopes<T extends TextSpan>(list: readonly T[], scope: Scope, scopesStart: number): T[] {
  return list.filter((m) => m.end <= scope.start && m.start < scopesStart);
}

/** "un atelier et un cours … aux Bahamas": the second event shares what the first was given. */
function isCoordinated(facts: SentenceFacts, scope: Scope, scopes: readonly Scope[]): boolean {
  const index = scopes.indexOf(scope);
  const previous = scopes[index - 1];
  return previous !== undefined && isCoordinatedWith(facts, previous, scope);
}

function yearFor(date: DateMention | null, facts: SentenceFacts, contextYear: number | null): number | null {
  if (date?.relative === 'previous_year' || date?.relative === 'next_year') {
    // "l'année précédente" counts from the year the same sentence gives, when it gives one.
    const stated = facts.dates.map(statedYear).find((y) => y !== null);
    return stated ?? contextYear;
  }
  if (!date || statedYear(date) !== null || date.relative !== null) return contextYear;
  // "en mai et … en juin 2011": a month alone borrows the year that follows it in the sentence.
  for (const later of facts.dates) {
    if (later.start <= date.start) continue;
    const year = statedYear(later);
    if (year !== null && (later.first.month ?? 12) >= (date.last.month ?? 0)) return year;
    break;
  }
  return contextYear;
}

interface DateGroup extends TextSpan {
  readonly date: DateMention | null;
  readonly places: readonly PlaceMentionLike[];
}

/**
 * One event per date when a passage gives several dates with their own places ("à la Jamaïque en
 * février et à la Grenade en mars"); one event with several venues when it gives one date.
 */
function splitByDates(facts: SentenceFacts, dates: readonly DateMention[], places: readonly PlaceMentionLike[], scope: Scope): DateGroup[] {
  if (dates.length <= 1) {
    const date = dates[0] ?? null;
    return [{ start: scope.start, end: scope.end, date, places }];
  }
  const bounds: number[] = [];
  for (let k = 0; k + 1 < dates.length; k += 1) {
    const left = dates[k];
    const right = dates[k + 1];
    if (!left || !right) continue;
    let lastJoiner = -1;
    for (const at of facts.conjunctionStarts) {
      if (at >= right.start) break;
      if (at >= left.end) lastJoiner = at;
    }
    bounds.push(lastJoiner >= 0 ? lastJoiner : Math.floor((left.end + right.start) / 2));
  }
  return dates.map((date, k) => {
    const start = k === 0 ? Math.min(scope.start, date.start) : (bounds[k - 1] ?? date.start);
    const end = k === dates.length - 1 ? Math.max(scope.end, date.end) : (bounds[k] ?? date.end);
    const own = places.filter((p) => p.start >= start && p.start < end);
    const earlier = k === 0 ? places.filter((p) => p.start < start) : [];
    return { start, end, date, places: [...earlier, ...own] };
  });
}

const CONJUNCTION_KEYS = new Set(['et', 'and', 'y', 'e']);

/** Where the words joining list items stand, leaving out those inside a name ("Trinidad and Tobago"); places are sorted. */
function findJoiners(words: readonly Word[], places: readonly PlaceMentionLike[]): number[] {
  const starts: number[] = [];
  let p = 0;
  for (const word of words) {
    if (!CONJUNCTION_KEYS.has(word.key)) continue;
    while (p < places.length && (places[p]?.end ?? 0) <= word.start) p += 1;
    const place = places[p];
    if (place && place.start <= word.start && word.start < place.end) continue;
    starts.push(word.start);
  }
  return starts;
}

function statusOf(text: string, facts: SentenceFacts, scope: Scope, scopes: readonly Scope[], language: Language): ExtractedStatus {
  const words = facts.words;
  const index = scopes.indexOf(scope);
  // The verb of the event often stands before its noun ("organisera prochainement un cours"):
  // the first event reads from the start of the sentence, a later one from the event before it.
  const previous = scopes[index - 1];
  const fromOffset = previous ? (words[previous.trigger.last + 1]?.start ?? scope.start) : facts.span.start;
  const from = firstStartingAtOrAfter(words, fromOffset);
  const to = firstStartingAtOrAfter(words, scope.end);
  // A planning word at the head of the sentence ("Les prochains mois, …") governs all its events.
  if (facts.firstPlannedWord >= 0 && facts.firstPlannedWord < to) return 'planned';
  // No planning word stands before `to`: only "ongoing" is left to tell from "done".
  if (!hasOngoingWord(words, from, to, language)) return 'done';
  // "en cours", "actuellement" qualify their own clause: after the next comma they speak of something else.
  const comma = text.indexOf(',', words[scope.trigger.last]?.end ?? scope.start);
  const clauseEnd = comma >= 0 && comma < scope.end ? firstStartingAtOrAfter(words, comma) : to;
  return hasOngoingWord(words, from, clauseEnd, language) ? 'ongoing' : 'done';
}

function readTitle(text: string, scope: Scope): string | null {
  const window = text.slice(scope.start, Math.min(scope.end, scope.start + 80));
  let open = -1;
  for (let i = 0; i < window.length; i += 1) {
    if (QUOTE_OPEN.has(window[i] ?? '')) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  const rest = text.slice(scope.start + open + 1, Math.min(scope.end, scope.start + open + 240));
  let close = -1;
  for (let i = 0; i < rest.length; i += 1) {
    if (QUOTE_CLOSE.has(rest[i] ?? '')) {
      close = i;
      break;
    }
  }
  if (close <= 0) return null;
  return rest.slice(0, close).trim() || null;
}

function assignPlaceRoles(text: string, span: TextSpan, places: readonly PlaceMentionLike[], lexicon: EventLexicon, language: Language): Map<PlaceMentionLike, 'venue' | 'participant'> {
  const roles = new Map<PlaceMentionLike, 'venue' | 'participant'>();
  let previous: PlaceMentionLike | null = null;
  for (const place of places) {
    // Only the last words before a place tell its role.
    const gapStart = Math.max(previous ? previous.end : span.start, place.start - 60);
    // "d'Antigua": a mention may begin with its elided preposition.
    const elision = /^[A-Za-z]{1,2}['’]/.exec(text.slice(place.start, place.start + 3));
    const gap = text.slice(gapStart, place.start) + (elision ? `${elision[0].slice(0, -1)}' ` : '');
    const gapWords = readGapWords(text, gapStart, place.start, gap, elision ? elision[0].slice(0, -1) : null);
    const previousRole = previous ? roles.get(previous) : undefined;
    const isListContinuation = previous !== null && gapWords.every((w) => lexicon.conjunctions.includes(w.key) || LIST_FILLERS.has(w.key) || lexicon.participantPrepositions.includes(stripElision(w.key)) || lexicon.venuePrepositions.includes(stripElision(w.key)) || lexicon.definiteArticles.includes(stripElision(w.key)));
    const role = isAfterVenueNoun(gapWords, lexicon) ? 'venue' : roleFromPreposition(gapWords, lexicon, language);
    if (place.kind === 'city') roles.set(place, 'venue');
    else if (previous?.kind === 'city' && gap.trim() === '(') roles.set(place, 'venue');
    else if (role !== null) roles.set(place, role);
    else if (isAfterUnknownCity(gap, gapWords, lexicon)) roles.set(place, 'venue');
    else if (isListContinuation && previousRole) roles.set(place, previousRole);
    else roles.set(place, 'participant');
    previous = place;
  }
  return roles;
}

/**
 * The words of a gap before a place, offsets into the gap: tokenizeWords(gap), where gap is
 * text[start, end) followed by the elided preposition the mention begins with ("d' "). Read from
 * the document's words unless the preposition could join the gap's last word.
 */
function readGapWords(text: string, start: number, end: number, gap: string, elided: string | null): Word[] {
  const last = end > start ? text.charCodeAt(end - 1) : 32;
  const mayJoin = end < start || (elided !== null && ((last >= 48 && last <= 57) || (last >= 65 && last <= 90) || (last >= 97 && last <= 122) || last > 127 || last === 39 || last === 45));
  if (mayJoin) return tokenizeWords(gap);
  const words = tokenizeWords(text, start, end).map((w) => ({ key: w.key, id: w.id, start: w.start - start, end: w.end - start }));
  if (elided !== null) {
    const key = elided.toLowerCase();
    words.push({ key, id: idOfWord(key), start: end - start, end: end - start + elided.length });
  }
  return words;
}

/** "em Montevidéu, Uruguai": a country after a capitalised name that a venue preposition leads is where that city lies. */
function isAfterUnknownCity(gap: string, gapWords: readonly Word[], lexicon: EventLexicon): boolean {
  const name = gapWords[gapWords.length - 1];
  const preposition = gapWords[gapWords.length - 2];
  if (!name || !preposition || !lexicon.venuePrepositions.includes(stripElision(preposition.key))) return false;
  const first = gap.charAt(name.start);
  return first !== first.toLowerCase() && gap.slice(name.end).trim() === ',';
}

/** "dans deux ports d'Antigua", "l'aéroport international de Saint-Vincent": a place within the country. */
function isAfterVenueNoun(gapWords: readonly Word[], lexicon: EventLexicon): boolean {
  const last = gapWords[gapWords.length - 1];
  if (!last) return false;
  const lastKey = last.key.includes("'") ? last.key.slice(0, last.key.indexOf("'")) : last.key;
  if (!lexicon.participantPrepositions.includes(lastKey)) return false;
  for (let k = gapWords.length - 2; k >= 0 && k >= gapWords.length - 3; k -= 1) {
    const key = stripElision(gapWords[k]?.key ?? '');
    if (lexicon.venueNouns.includes(key)) return true;
  }
  return false;
}

const LIST_FILLERS = new Set(['ainsi', 'que', 'as', 'well', 'asi', 'como', 'bem', 'also', 'aussi', 'egalement']);

function roleFromPreposition(gapWords: readonly Word[], lexicon: EventLexicon, language: Language): 'venue' | 'participant' | null {
  for (let k = gapWords.length - 1; k >= 0 && k >= gapWords.length - 3; k -= 1) {
    const word = gapWords[k];
    if (!word) break;
    const key = word.key;
    const elided = key.includes("'") ? key.slice(0, key.indexOf("'")) : null;
    const bare = elided ?? key;
    if (lexicon.definiteArticles.includes(bare) && !(language === 'fr' && bare === 'a')) {
      if (elided !== null && k > 0) continue;
      continue;
    }
    if (lexicon.venuePrepositions.includes(bare)) return 'venue';
    if (lexicon.participantPrepositions.includes(bare)) return 'participant';
    return null;
  }
  return null;
}

function applyCaribbeanStates(reading: ParagraphReading, facts: SentenceFacts, drafts: readonly ActivityDraft[], lexicon: EventLexicon): void {
  const starts = phraseStarts(facts.words, lexicon.allCaribbeanStates);
  const first = starts[0];
  if (!first || drafts.length === 0) return;
  const phraseWord = facts.words[first.index];
  const before = facts.words[first.index - 1];
  const isVenue = before !== undefined && lexicon.venuePrepositions.includes(stripElision(before.key));
  const exception = phraseStarts(facts.words.slice(first.index + first.length), lexicon.exceptions)[0];
  const excluded = new Set<string>();
  if (exception && exception.index <= 3) {
    const from = facts.words[first.index + first.length + exception.index]?.start ?? 0;
    let previousEnd = from;
    for (const place of facts.places) {
      if (place.start < from) continue;
      const gap = reading.text.slice(previousEnd, place.start);
      if (tokenizeWords(gap).length > 4) break;
      excluded.add(place.iso3);
      previousEnd = place.end;
    }
  }
  for (const draft of drafts) {
    for (const iso3 of reading.caribbeanStates) {
      if (excluded.has(iso3)) continue;
      draft.countries.add(iso3);
      if (isVenue) draft.venues.add(iso3);
    }
    for (const iso3 of excluded) if (phraseWord && draft.countries.has(iso3)) draft.countries.delete(iso3);
  }
}

/**
 * A head count goes to the one event it belongs to; a count shared by several separate events
 * goes to none of them (SCHEMA.md); a count in a sentence without a new event belongs to the
 * event(s) the sentence points back to.
 */
function assignCounts(facts: SentenceFacts, sentenceDrafts: readonly ActivityDraft[], previousDrafts: readonly ActivityDraft[], triggers: readonly Trigger[], allDrafts: readonly ActivityDraft[]): void {
  const count = facts.counts[0];
  if (!count) return;
  const targets = sentenceDrafts.length > 0 ? sentenceDrafts : pointedBack(triggers, previousDrafts, allDrafts);
  if (targets.length === 1) {
    const target = targets[0];
    if (target && !target.hasSharedCount) target.participants = { count: count.value, qualifier: count.qualifier };
  } else {
    for (const target of targets) {
      target.participants = null;
      target.hasSharedCount = true;
    }
  }
}

function pointedBack(triggers: readonly Trigger[], previousDrafts: readonly ActivityDraft[], allDrafts: readonly ActivityDraft[]): readonly ActivityDraft[] {
  const anaphor = triggers.find((t) => t.isAnaphoric);
  if (anaphor?.backCount) return allDrafts.slice(-anaphor.backCount);
  if (anaphor && !anaphor.isGeneric) {
    // From the end without copying: a paragraph of a huge document may hold many drafts.
    const sameType = allDrafts.findLast((d) => d.type === anaphor.type);
    if (sameType && !previousDrafts.includes(sameType)) return [sameType];
    const ofType = previousDrafts.filter((d) => d.type === anaphor.type);
    if (ofType.length > 0) return ofType;
  }
  return previousDrafts;
}

/** "a organisé des réunions dans ces pays": the states of the events told just before. */
function applyAnaphoricVenues(words: readonly Word[], lexicon: EventLexicon, drafts: readonly ActivityDraft[], previousDrafts: readonly ActivityDraft[]): void {
  if (drafts.length === 0 || !includesPhrase(words, lexicon.anaphoricVenues)) return;
  const states = new Set<string>();
  for (const previous of previousDrafts) for (const venue of previous.venues) states.add(venue);
  for (const draft of drafts) {
    if (draft.venues.size > 0) continue;
    for (const state of states) {
      draft.venues.add(state);
      draft.countries.add(state);
    }
  }
}

function applyAnaphoricCountries(words: readonly Word[], lexicon: EventLexicon, drafts: readonly ActivityDraft[]): void {
  if (!includesPhrase(words, lexicon.anaphoricCountries)) return;
  for (const draft of drafts) for (const venue of draft.venues) draft.countries.add(venue);
}

/** "À cette réunion ont participé des représentants de …": states named after the event was told. */
function addParticipantCountries(facts: SentenceFacts, previousDrafts: readonly ActivityDraft[], triggers: readonly Trigger[], allDrafts: readonly ActivityDraft[]): void {
  const participants = facts.places.filter((p) => p.kind === 'country' && facts.roles.get(p) === 'participant');
  if (facts.counts.length === 0 && !triggers.some((t) => t.isAnaphoric)) return;
  const targets = pointedBack(triggers, previousDrafts, allDrafts);
  const target = targets[0];
  if (targets.length !== 1 || !target) return;
  for (const place of participants) target.countries.add(place.iso3);
  // "À cette occasion … à Port of Spain": a place named afterwards for an event that had none.
  if (target.venues.size === 0) {
    const city = facts.places.find((p) => p.kind === 'city');
    if (city) {
      target.venues.add(city.iso3);
      target.city = city.city ?? null;
    }
  }
}

function isVague(draft: ActivityDraft): boolean {
  return draft.venues.size === 0 && draft.countries.size === 0 && draft.participants === null && !draft.hasSharedCount;
}

function isBare(draft: ActivityDraft): boolean {
  return isVague(draft) && (draft.date === null || draft.isSummary);
}

/**
 * "a permis la réalisation d'une série d'ateliers" announces events told one by one afterwards: a
 * done event with no place or count (and no date, unless a summary word announced it) is dropped
 * when another of its family in the same section has them. Planned events are often that bare,
 * but a bare summary ("plusieurs bourses") is never an event of its own.
 */
export function dropSummaries(drafts: readonly ActivityDraft[]): ActivityDraft[] {
  const toldFamilies = new Set(drafts.filter((d) => !isBare(d)).map((d) => FAMILY[d.type]));
  return drafts.filter((d) => {
    if (!isBare(d)) return true;
    // Summaries, and technical assistance with no one to receive it, are not events of their own.
    if (d.isSummary || d.type === 'mission') return false;
    return d.status !== 'done' || !toldFamilies.has(FAMILY[d.type]);
  });
}

/** The activity type named first in text[span] ("3 ateliers nationaux" → workshop), or null. */
export function readEventType(text: string, span: TextSpan, language: Language): ActivityType | null {
  const words = tokenizeWords(text, span.start, span.end);
  const lexicon = EVENT_LEXICONS[language];
  for (let i = 0; i < words.length; i += 1) {
    const match = matchEventNoun(words, i, lexicon);
    if (match) return match.type;
  }
  return null;
}

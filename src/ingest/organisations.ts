// Partner bodies, governments and national police forces named in running text, each under its
// canonical acronym (SCHEMA.md), and which of them the text names as funders.
import { findCountry } from '../core/reference/countries.ts';
import { ORGANISATIONS, formatNationalAgencyAcronym } from '../core/reference/organisations.ts';
import type { Language, TextSpan } from './extraction.ts';
import { ORGANISATION_LEXICONS, type OrganisationLexicon } from './lang/organisation-lexicon.ts';
import { PhraseIndex, tokenizePhrase, type PhraseEntry } from './phrase-index.ts';
import { findPlaceMentions, type PlaceMention } from './places.ts';
import { tokenizeText, type TokenizedText } from './tokenized-text.ts';
import { partitionPoint } from './partition-point.ts';

export interface OrganisationMention extends TextSpan {
  /** Canonical acronym; a government is its ISO alpha-3 code, a national police POLICE:ISO3. */
  readonly acronym: string;
  readonly isFunder: boolean;
  readonly isGovernment: boolean;
  readonly asWritten: string;
}

interface LanguageOrganisations {
  readonly index: PhraseIndex<string>;
  readonly cues: PhraseIndex<true>;
  readonly governmentWords: ReadonlySet<string>;
  readonly policeWords: ReadonlySet<string>;
  readonly policeModifiers: ReadonlySet<string>;
  readonly connectors: readonly (readonly string[])[];
  readonly listWords: readonly (readonly string[])[];
}

// Acronyms too short or too common to find in running text on their own ("UN-CTS", "UN Women").
const ACRONYMS_NOT_SCANNED = new Set(['UN']);
const MAX_WORDS_BEFORE_FUNDER = 4;
const MAX_WORDS_BETWEEN_FUNDERS = 2;

const cache = new Map<Language, LanguageOrganisations>();

function organisationsFor(language: Language): LanguageOrganisations {
  let built = cache.get(language);
  if (built === undefined) {
    built = buildOrganisations(ORGANISATION_LEXICONS[language]);
    cache.set(language, built);
  }
  return built;
}

function buildOrganisations(lexicon: OrganisationLexicon): LanguageOrganisations {
  const knownAcronyms = new Set(ORGANISATIONS.flatMap((o) => [o.acronym, ...o.acronyms]));
  const entries: PhraseEntry<string>[] = lexicon.names.map((n) => ({ phrase: n.name, value: n.acronym }));
  for (const organisation of ORGANISATIONS) {
    for (const name of [...Object.values(organisation.names), ...organisation.aliases]) {
      if (name !== undefined) entries.push({ phrase: name, value: organisation.acronym });
    }
    for (const acronym of [organisation.acronym, ...organisation.acronyms]) {
      if (ACRONYMS_NOT_SCANNED.has(acronym) || acronym.startsWith('POLICE:')) continue;
      // "CARICOM IMPACS" or "UN/CTED": each part is found on its own, so both bodies are kept.
      const parts = tokenizePhrase(acronym, true);
      if (parts.length > 1 && parts.every((part) => knownAcronyms.has(part))) continue;
      entries.push({ phrase: acronym, value: organisation.acronym, isCaseSensitive: true });
    }
  }
  const words = (list: readonly string[]): (readonly string[])[] =>
    list.map((w) => tokenizePhrase(w, false)).sort((a, b) => b.length - a.length);
  return {
    index: new PhraseIndex(entries),
    cues: new PhraseIndex(lexicon.fundingCues.map((cue) => ({ phrase: cue, value: true as const }))),
    governmentWords: new Set(lexicon.governmentWords),
    policeWords: new Set(lexicon.policeWords),
    policeModifiers: new Set(lexicon.policeModifiers),
    connectors: words(lexicon.connectors),
    listWords: words(lexicon.listWords),
  };
}

/** `places` may be passed when the caller has already found them in the same text. */
export function findOrganisationMentions(text: string, language: Language, places?: readonly PlaceMention[]): OrganisationMention[] {
  const built = organisationsFor(language);
  const tokens = tokenizeText(text);
  const named = built.index.findAll(tokens).map((match) => ({
    acronym: match.value,
    start: match.start,
    end: match.end,
    isGovernment: false,
  }));
  const placesInText = places ?? findPlaceMentions(text, language);
  const national = findNationalBodies(tokens, placesInText, built);
  const mentions = mergeMentions([...named, ...national]);
  // Built field by field rather than spread: one shape for every mention.
  return markFunders(tokens, mentions, placesInText, built).map((m) => ({ acronym: m.acronym, start: m.start, end: m.end, isGovernment: m.isGovernment, isFunder: m.isFunder, asWritten: text.slice(m.start, m.end) }));
}

interface Found extends TextSpan {
  readonly acronym: string;
  readonly isGovernment: boolean;
}

/** "Gouvernement du Canada", "Gouvernement colombien", "Police nationale d'Haïti", "Colombian National Police". */
function findNationalBodies(tokens: TokenizedText, places: readonly PlaceMention[], built: LanguageOrganisations): Found[] {
  const found: Found[] = [];
  for (const place of places) {
    if (place.kind !== 'country') continue;
    const first = tokenAt(tokens, place.start);
    const last = tokenAt(tokens, place.end - 1);
    let before = first - 1;
    const connector = matchWordsBackward(tokens, before, built.connectors);
    if (connector > 0 || place.isDemonym) before -= connector;
    else before = -1;
    // Modifiers may stand before the connector ("Police nationale de") or, for demonyms, after the body word.
    let body = before;
    while (body >= 0 && built.policeModifiers.has(tokens.foldedWord(body)) && before - body < 2) body -= 1;
    if (body >= 0) {
      const word = tokens.foldedWord(body);
      if (built.governmentWords.has(word) && body === before) {
        found.push({ acronym: place.iso3, start: tokens.starts[body] ?? place.start, end: place.end, isGovernment: true });
        continue;
      }
      if (built.policeWords.has(word) && isCapitalised(tokens, body)) {
        found.push({ acronym: formatNationalAgencyAcronym('POLICE', place.iso3), start: tokens.starts[body] ?? place.start, end: place.end, isGovernment: false });
        continue;
      }
    }
    // "Colombian Government", "Jamaica National Police", "Police nationale colombienne" read forwards.
    const after = followingBody(tokens, last + 1, built);
    if (after !== undefined) {
      const acronym = after.isGovernment ? place.iso3 : formatNationalAgencyAcronym('POLICE', place.iso3);
      found.push({ acronym, start: place.start, end: tokens.ends[after.index] ?? place.end, isGovernment: after.isGovernment });
      continue;
    }
    if (place.isDemonym) {
      const lead = leadingBody(tokens, first - 1, built);
      if (lead !== undefined) {
        const acronym = lead.isGovernment ? place.iso3 : formatNationalAgencyAcronym('POLICE', place.iso3);
        found.push({ acronym, start: tokens.starts[lead.index] ?? place.start, end: place.end, isGovernment: lead.isGovernment });
      }
    }
  }
  return found;
}

function followingBody(tokens: TokenizedText, index: number, built: LanguageOrganisations): { index: number; isGovernment: boolean } | undefined {
  let at = index;
  while (at < tokens.length && at - index < 2 && built.policeModifiers.has(tokens.foldedWord(at))) at += 1;
  if (at >= tokens.length || /[.;:!?]/.test(tokens.gapBefore(at))) return undefined;
  const word = tokens.foldedWord(at);
  if (built.governmentWords.has(word) && at === index) return { index: at, isGovernment: true };
  if (built.policeWords.has(word) && isCapitalised(tokens, at)) return { index: at, isGovernment: false };
  return undefined;
}

/** "Gouvernement colombien", "Police nationale colombienne": the body word before a demonym. */
function leadingBody(tokens: TokenizedText, index: number, built: LanguageOrganisations): { index: number; isGovernment: boolean } | undefined {
  let at = index;
  while (at >= 0 && index - at < 2 && built.policeModifiers.has(tokens.foldedWord(at))) at -= 1;
  if (at < 0) return undefined;
  const word = tokens.foldedWord(at);
  if (built.governmentWords.has(word) && at === index) return { index: at, isGovernment: true };
  if (built.policeWords.has(word) && isCapitalised(tokens, at)) return { index: at, isGovernment: false };
  return undefined;
}

// A force is named with a capital ("Police nationale d'Haïti"); "officiers de police des Bahamas" names people.
function isCapitalised(tokens: TokenizedText, index: number): boolean {
  const first = tokens.text.charAt(tokens.starts[index] ?? 0);
  return first !== first.toLowerCase();
}

/** One mention per stretch of text: a longer mention covers a shorter one it contains. */
function mergeMentions(found: readonly Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const mention of sorted) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && mention.start < previous.end) {
      if (mention.end <= previous.end) continue;
      if (mention.end - mention.start > previous.end - previous.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

function markFunders(
  tokens: TokenizedText,
  mentions: readonly Found[],
  places: readonly PlaceMention[],
  built: LanguageOrganisations,
): (Found & { isFunder: boolean })[] {
  const result = mentions.map((m) => ({ acronym: m.acronym, start: m.start, end: m.end, isGovernment: m.isGovernment, isFunder: false }));
  const cues = built.cues.findAll(tokens);
  if (cues.length === 0) return result;
  // A country named right after a funding cue without "Government" ("financé par le Canada") funds too.
  const countries = places.filter((p) => p.kind === 'country' && !p.isDemonym && !isCovered(p, result));
  const known = [...places, ...result].sort((a, b) => a.start - b.start);
  const candidates = [
    ...result.map((mention) => ({ mention, isNew: false })),
    ...countries.map((p) => ({ mention: { acronym: p.iso3, start: p.start, end: p.end, isGovernment: true, isFunder: false }, isNew: true })),
    ...cues.flatMap((cue) => findCountriesOutsideTable(tokens, cue.endToken, known)),
  ].sort((a, b) => a.mention.start - b.mention.start);
  const added: (Found & { isFunder: boolean })[] = [];
  for (const cue of cues) {
    let allowance = MAX_WORDS_BEFORE_FUNDER;
    let from = cue.endToken;
    // A comma continues a list of governments only: "the Governments of Canada, Mexico and Spain".
    let previousKind: boolean | undefined;
    let joinedBy: 'comma' | 'word' | undefined;
    const cueEnd = tokens.starts[from] ?? Number.POSITIVE_INFINITY;
    for (let i = firstAtOrAfter(candidates, cueEnd); i < candidates.length; i += 1) {
      const candidate = candidates[i];
      if (candidate === undefined) break;
      const first = tokenAt(tokens, candidate.mention.start);
      const between = first - from;
      if (between > allowance || /[.;!?]/.test(tokens.text.slice(tokens.ends[from - 1] ?? 0, candidate.mention.start))) break;
      if (joinedBy === 'comma' && !(candidate.mention.isGovernment && previousKind === true)) break;
      candidate.mention.isFunder = true;
      if (candidate.isNew) added.push(candidate.mention);
      from = tokenAt(tokens, candidate.mention.end - 1) + 1;
      allowance = MAX_WORDS_BETWEEN_FUNDERS;
      previousKind = candidate.mention.isGovernment;
      joinedBy = joinOf(tokens, from, built);
      if (joinedBy === undefined) break;
    }
  }
  return [...result, ...added].sort((a, b) => a.start - b.start);
}

// Far enough for "financé par le Canada, le Mexique et l'Espagne", short enough to stay cheap.
const WORLD_COUNTRY_WINDOW = 10;

/** Funders beyond the Americas ("l'Espagne", "the European Union" is in the table): looked up only near a cue. */
function findCountriesOutsideTable(tokens: TokenizedText, from: number, known: readonly TextSpan[]): { mention: Found & { isFunder: boolean }; isNew: true }[] {
  const found: { mention: Found & { isFunder: boolean }; isNew: true }[] = [];
  const end = Math.min(tokens.length, from + WORLD_COUNTRY_WINDOW);
  for (let index = from; index < end; index += 1) {
    if (index > from && /[.;!?]/.test(tokens.gapBefore(index))) break;
    const start = tokens.starts[index] ?? 0;
    const first = tokens.text.charAt(start);
    if (first === first.toLowerCase() || isCovered({ start, end: start + 1 }, known)) continue;
    for (let length = 3; length >= 1; length -= 1) {
      const last = index + length - 1;
      if (last >= end) continue;
      const country = findCountry(tokens.text.slice(start, tokens.ends[last]));
      if (country === undefined || country.subregion !== 'outside_americas') continue;
      found.push({ mention: { acronym: country.iso3, start, end: tokens.ends[last] ?? start, isGovernment: true, isFunder: false }, isNew: true });
      index = last;
      break;
    }
  }
  return found;
}

function firstAtOrAfter(candidates: readonly { mention: TextSpan }[], offset: number): number {
  return partitionPoint(candidates.length, (index) => (candidates[index] as { mention: TextSpan }).mention.start < offset);
}

/** Whether a place lies inside one of the mentions (sorted by start, not overlapping). */
function isCovered(place: TextSpan, mentions: readonly TextSpan[]): boolean {
  const after = partitionPoint(mentions.length, (index) => (mentions[index] as TextSpan).start <= place.start);
  const container = mentions[after - 1];
  return container !== undefined && container.start <= place.start && place.end <= container.end;
}

function joinOf(tokens: TokenizedText, index: number, built: LanguageOrganisations): 'comma' | 'word' | undefined {
  if (index >= tokens.length) return undefined;
  if (built.listWords.some((words) => words.every((word, offset) => tokens.foldedWord(index + offset) === word))) return 'word';
  return /,/.test(tokens.gapBefore(index)) ? 'comma' : undefined;
}

function matchWordsBackward(tokens: TokenizedText, last: number, phrases: readonly (readonly string[])[]): number {
  for (const words of phrases) {
    const first = last - words.length + 1;
    if (first < 0) continue;
    if (words.every((word, offset) => tokens.foldedWord(first + offset) === word)) return words.length;
  }
  return 0;
}

/** Index of the word that contains an offset. */
function tokenAt(tokens: TokenizedText, offset: number): number {
  return Math.max(0, partitionPoint(tokens.length, (index) => (tokens.starts[index] ?? 0) <= offset) - 1);
}

import type { Activity, ActivityParty } from '../activities/activity.ts';
import type { Instrument } from '../instruments/instrument.ts';
import { parseInstrumentSymbol } from '../instruments/symbol.ts';
import { mandateKey, type Mandate } from '../mandates/mandate.ts';
import type { Organisation } from '../organisations/organisation.ts';
import type { ProposedActivity, ReviewBatch, ReviewCandidate } from './review-candidate.ts';

/** What the store already holds, so acceptance links to it instead of creating duplicates. */
export interface ExistingRecords {
  readonly instrumentSymbols: ReadonlySet<string>;
  readonly mandateKeys: ReadonlySet<string>;
  readonly organisations: ReadonlyMap<string, Organisation>;
}

export interface AcceptedRecords {
  readonly activity: Activity;
  readonly newInstruments: readonly Instrument[];
  readonly newMandates: readonly Mandate[];
  readonly newOrganisations: readonly Organisation[];
}

/** The record id an accepted candidate becomes: stable, so accepting twice creates nothing twice. */
export function acceptedActivityId(candidate: Pick<ReviewCandidate, 'batchId' | 'position'>): string {
  return `${candidate.batchId}-a${candidate.position}`;
}

/**
 * Turns a reviewed proposal into records: the activity, plus whatever instruments, mandates and
 * organisations it cites that are not yet known (flagged for a person to complete later).
 */
export function candidateToRecords(batch: Pick<ReviewBatch, 'document'>, candidate: ReviewCandidate, existing: ExistingRecords): AcceptedRecords {
  const proposal = candidate.corrected ?? candidate.proposed;
  const newInstruments = new Map<string, Instrument>();
  const newMandates = new Map<string, Mandate>();
  for (const ref of proposal.mandates) {
    if (!existing.instrumentSymbols.has(ref.instrument) && !newInstruments.has(ref.instrument)) {
      newInstruments.set(ref.instrument, instrumentFromSymbol(ref.instrument));
    }
    const key = mandateKey(ref);
    if (ref.paragraph !== null && !existing.mandateKeys.has(key) && !newMandates.has(key)) {
      newMandates.set(key, {
        id: `mandate-${slug(ref.instrument)}-${slug(ref.paragraph)}`,
        version: 1,
        instrument: ref.instrument,
        paragraph: ref.paragraph,
        text: {},
        renews: null,
        units: [],
      });
    }
  }
  const newOrganisations = new Map<string, Organisation>();
  for (const acronym of [...proposal.organizations, ...proposal.funders]) {
    if (/^[A-Z]{3}$/.test(acronym) && !existing.organisations.has(acronym)) continue; // a government: a country code
    if (!existing.organisations.has(acronym) && !newOrganisations.has(acronym)) {
      newOrganisations.set(acronym, { acronym, names: {}, type: acronym.includes(':') ? 'government_agency' : 'other', parent: null });
    }
  }
  const typeOf = (acronym: string) => existing.organisations.get(acronym)?.type ?? newOrganisations.get(acronym)?.type;
  const parties: ActivityParty[] = [
    ...proposal.organizations.map((ref): ActivityParty => ({ ref, role: typeOf(ref) === 'unit' || typeOf(ref) === 'secretariat' ? 'implementing' : 'partner' })),
    ...proposal.funders.map((ref): ActivityParty => ({ ref, role: 'funder' })),
  ];
  const activity: Activity = {
    id: acceptedActivityId(candidate),
    version: 1,
    title: proposal.title ?? defaultTitle(proposal),
    description: '',
    type: proposal.type,
    status: proposal.status,
    dates: { start: proposal.start, end: proposal.end },
    venues: proposal.venues.map((country, i) => ({ country, city: i === 0 ? proposal.city : null })),
    participatingCountries: [...proposal.countries],
    participants:
      proposal.participants === null
        ? null
        : { total: proposal.participants.count, qualifier: proposal.participants.qualifier, onSite: null, online: null, women: null, men: null, byCategory: {} },
    parties: dedupeParties(parties),
    mandates: [...proposal.mandates],
    plannedOutputIds: [],
    source: { document: batch.document, start: candidate.span.start, end: candidate.span.end, excerpt: candidate.excerpt },
    isPublished: false,
  };
  return { activity, newInstruments: [...newInstruments.values()], newMandates: [...newMandates.values()], newOrganisations: [...newOrganisations.values()] };
}

function instrumentFromSymbol(symbol: string): Instrument {
  const parsed = parseInstrumentSymbol(symbol);
  return {
    id: `instrument-${slug(symbol)}`,
    version: 1,
    symbol: parsed.canonical,
    kind: parsed.kind,
    body: parsed.body,
    title: {},
    year: parsed.year ?? null,
    adoptedOn: null,
  };
}

function defaultTitle(p: ProposedActivity): string {
  const where = p.city ?? p.venues.join(', ');
  const type = p.type.replace('_', ' ');
  return `${type.charAt(0).toUpperCase()}${type.slice(1)}${where === '' ? '' : ` in ${where}`}${p.start === null ? '' : `, ${p.start}`}`;
}

function dedupeParties(parties: readonly ActivityParty[]): ActivityParty[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = `${p.ref}|${p.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

import type { ActivityStatus, ActivityType, CountQualifier } from '../activities/activity.ts';
import type { MandateRef } from '../mandates/mandate.ts';

/**
 * What ingestion proposes for one activity, in the extraction shape (ISO alpha-3 countries,
 * canonical acronyms, dates at their precision). A person accepts, corrects or rejects it.
 */
export interface ProposedActivity {
  readonly type: ActivityType;
  readonly start: string | null;
  readonly end: string | null;
  readonly venues: readonly string[];
  readonly city: string | null;
  readonly countries: readonly string[];
  readonly participants: { readonly count: number; readonly qualifier: CountQualifier } | null;
  readonly organizations: readonly string[];
  readonly funders: readonly string[];
  readonly status: Exclude<ActivityStatus, 'cancelled'>;
  readonly mandates: readonly MandateRef[];
  readonly title: string | null;
}

export const CANDIDATE_STATES = ['pending', 'accepted', 'corrected', 'rejected'] as const;
export type CandidateState = (typeof CANDIDATE_STATES)[number];

export interface ReviewCandidate {
  readonly id: string;
  readonly version: number;
  readonly batchId: string;
  /** Order in the document; with the batch id it names the record an acceptance creates. */
  readonly position: number;
  readonly proposed: ProposedActivity;
  readonly corrected: ProposedActivity | null;
  readonly span: { readonly start: number; readonly end: number };
  readonly excerpt: string;
  readonly confidence: number;
  readonly state: CandidateState;
}

export interface ReviewBatch {
  readonly id: string;
  readonly document: string;
  readonly language: string | null;
  readonly kind: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly candidates: readonly ReviewCandidate[];
}

export interface ReviewBatchSummary {
  readonly id: string;
  readonly document: string;
  readonly createdAt: string;
  readonly counts: Readonly<Record<CandidateState, number>>;
}

import type { Actor } from '../shared/actor.ts';
import type { AcceptedRecords, ExistingRecords } from './candidate-to-records.ts';
import type { ProposedActivity, ReviewBatch, ReviewBatchSummary, ReviewCandidate } from './review-candidate.ts';

export interface NewReviewBatch {
  readonly id: string;
  readonly document: string;
  readonly language: string | null;
  readonly kind: string;
  readonly candidates: readonly Omit<ReviewCandidate, 'id' | 'version' | 'batchId' | 'state' | 'corrected'>[];
}

export interface ReviewStore {
  createBatch(batch: NewReviewBatch, actor: Actor): Promise<ReviewBatch>;
  getBatch(id: string): Promise<ReviewBatch | null>;
  listBatches(): Promise<ReviewBatchSummary[]>;
  existingRecords(): Promise<ExistingRecords>;
  /**
   * In one transaction: inserts the records that do not exist yet (by id, symbol, acronym),
   * marks the candidate accepted or corrected if its version is still `expectedVersion`, and
   * writes the audit rows. A stale version is refused with version_conflict.
   */
  acceptCandidate(
    candidateId: string,
    expectedVersion: number,
    decision: { readonly state: 'accepted' | 'corrected'; readonly corrected: ProposedActivity | null },
    records: AcceptedRecords,
    actor: Actor,
  ): Promise<ReviewCandidate>;
  rejectCandidate(candidateId: string, expectedVersion: number, actor: Actor): Promise<ReviewCandidate>;
}

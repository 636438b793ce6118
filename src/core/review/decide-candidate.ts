import { AppError } from '../shared/app-error.ts';
import type { Actor } from '../shared/actor.ts';
import { candidateToRecords } from './candidate-to-records.ts';
import type { ProposedActivity, ReviewCandidate } from './review-candidate.ts';
import type { ReviewStore } from './review-store.ts';

export type Decision =
  | { readonly action: 'accept' }
  | { readonly action: 'correct'; readonly corrected: ProposedActivity }
  | { readonly action: 'reject' };

/**
 * Applies a reviewer's decision to one candidate. Accepting an already accepted candidate does
 * nothing (the same batch accepted twice creates nothing twice); a decided candidate cannot be
 * silently flipped: reject after accept is refused.
 */
export async function decideCandidate(
  deps: { readonly reviews: ReviewStore },
  batchId: string,
  position: number,
  decision: Decision,
  actor: Actor,
): Promise<{ readonly candidate: ReviewCandidate; readonly changed: boolean }> {
  const batch = await deps.reviews.getBatch(batchId);
  if (batch === null) throw new AppError('not_found', `no review batch "${batchId}"`);
  const candidate = batch.candidates.find((c) => c.position === position);
  if (candidate === undefined) throw new AppError('not_found', `batch ${batchId} has no candidate #${position}`);

  if (candidate.state !== 'pending') {
    const sameOutcome = (decision.action === 'reject') === (candidate.state === 'rejected');
    if (sameOutcome && decision.action !== 'correct') return { candidate, changed: false };
    throw new AppError('version_conflict', `candidate #${position} was already ${candidate.state}`);
  }
  if (decision.action === 'reject') {
    return { candidate: await deps.reviews.rejectCandidate(candidate.id, candidate.version, actor), changed: true };
  }
  const corrected = decision.action === 'correct' ? decision.corrected : null;
  const records = candidateToRecords(batch, { ...candidate, corrected }, await deps.reviews.existingRecords());
  const state = decision.action === 'correct' ? 'corrected' : 'accepted';
  return { candidate: await deps.reviews.acceptCandidate(candidate.id, candidate.version, { state, corrected }, records, actor), changed: true };
}

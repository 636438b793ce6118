import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideCandidate } from '../core/review/decide-candidate.ts';
import type { ProposedActivity } from '../core/review/review-candidate.ts';
import type { Actor } from '../core/shared/actor.ts';
import { SYSTEM_ACTOR } from '../core/shared/actor.ts';
import { AppError } from '../core/shared/app-error.ts';
import { createActivityStore } from './activity-store.ts';
import { createAuditLog } from './audit-log.ts';
import { createDatasetStore } from './dataset-store.ts';
import { createReviewStore } from './review-store.ts';
import { forEachDialect } from './test-dialects.ts';
import { RES_2619, SMALL_DATASET } from './test-fixtures.ts';

const REVIEWER: Actor = { id: 'reviewer-1', role: 'unit_editor', unit: 'CICTE', country: null };
const NEW_RESOLUTION = 'AG/RES. 2866 (XLIV-O/14)';

const proposal = (overrides: Partial<ProposedActivity>): ProposedActivity => ({
  type: 'workshop', start: '2011-02', end: '2011-02', venues: ['JAM'], city: 'Kingston', countries: ['JAM'],
  participants: { count: 25, qualifier: 'about' }, organizations: ['CICTE'], funders: ['CAN'], status: 'done',
  mandates: [{ instrument: RES_2619, paragraph: '4.b' }], title: null, ...overrides,
});

forEachDialect((dialect) => {
  void test('a batch of candidates is stored, decided one by one, and accepted records appear', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const reviews = createReviewStore(db);
    const candidates = [
      { position: 1, proposed: proposal({}), span: { start: 10, end: 90 }, excerpt: 'first passage', confidence: 0.9 },
      { position: 2, proposed: proposal({ mandates: [{ instrument: NEW_RESOLUTION, paragraph: '3' }], type: 'seminar' }), span: { start: 100, end: 150 }, excerpt: 'second passage', confidence: 0.55 },
      { position: 3, proposed: proposal({ venues: ['XYZ'] }), span: { start: 160, end: 200 }, excerpt: 'third passage', confidence: 0.3 },
      { position: 4, proposed: proposal({ type: 'meeting' }), span: { start: 210, end: 240 }, excerpt: 'fourth passage', confidence: 0.4 },
    ];
    const batch = await reviews.createBatch({ id: 'batch-1', document: 'report-2011.txt', language: 'fr', kind: 'report', candidates }, REVIEWER);
    assert.deepEqual(batch.candidates.map((c) => [c.position, c.state, c.version]), [[1, 'pending', 1], [2, 'pending', 1], [3, 'pending', 1], [4, 'pending', 1]]);
    assert.deepEqual(batch.candidates[1]?.proposed, candidates[1]?.proposed);
    await assert.rejects(reviews.createBatch({ id: 'batch-1', document: 'again', language: null, kind: 'report', candidates: [] }, REVIEWER), (e) => e instanceof AppError && e.code === 'duplicate');

    const deps = { reviews };
    const accepted = await decideCandidate(deps, 'batch-1', 1, { action: 'accept' }, REVIEWER);
    assert.equal(accepted.candidate.state, 'accepted');
    const corrected = await decideCandidate(deps, 'batch-1', 2, { action: 'correct', corrected: { ...candidates[1]!.proposed, title: 'Seminar on the new resolution' } }, REVIEWER);
    assert.equal(corrected.candidate.state, 'corrected');
    await decideCandidate(deps, 'batch-1', 4, { action: 'reject' }, REVIEWER);
    // An unknown country cannot become a record: refused, and nothing of it is written.
    await assert.rejects(decideCandidate(deps, 'batch-1', 3, { action: 'accept' }, REVIEWER), (e) => e instanceof AppError && e.code === 'validation_failed');
    // A stale decision is refused.
    await assert.rejects(reviews.rejectCandidate('batch-1-c1', 1, REVIEWER), (e) => e instanceof AppError && e.code === 'version_conflict');

    const activities = createActivityStore(db);
    assert.equal((await activities.getActivity('batch-1-a1'))?.source?.excerpt, 'first passage');
    assert.equal((await activities.getActivity('batch-1-a2'))?.title, 'Seminar on the new resolution');
    assert.equal(await activities.getActivity('batch-1-a3'), null);
    assert.equal(await activities.getActivity('batch-1-a4'), null);
    const known = await createDatasetStore(db).knownKeys();
    assert.ok(known.instrumentSymbols.has(NEW_RESOLUTION), 'the cited but unknown resolution was created for completion later');
    assert.ok(known.mandateKeys.has(`${NEW_RESOLUTION}#3`));

    await reviews.createBatch({ id: 'batch-2', document: 'plan-2012.txt', language: 'es', kind: 'workplan', candidates: [] }, REVIEWER);
    assert.deepEqual(await reviews.listBatches().then((list) => list.map((b) => [b.id, b.counts])), [
      ['batch-2', { pending: 0, accepted: 0, corrected: 0, rejected: 0 }],
      ['batch-1', { pending: 1, accepted: 1, corrected: 1, rejected: 1 }],
    ]);
    const audit = await createAuditLog(db).listAudit({ entity: 'review_candidate' });
    assert.deepEqual(audit.map((e) => [e.entityId, e.action]), [['batch-1-c1', 'accept'], ['batch-1-c2', 'accept'], ['batch-1-c4', 'reject']]);
    assert.equal((await createAuditLog(db).listAudit({ entity: 'activity' })).length, 2);
  });
});

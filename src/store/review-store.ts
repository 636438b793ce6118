// Review batches: what ingestion proposed, kept until a person decides. Acceptance writes the new
// records, the decision and the audit rows in one transaction.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Organisation } from '../core/organisations/organisation.ts';
import type { AcceptedRecords, ExistingRecords } from '../core/review/candidate-to-records.ts';
import { CANDIDATE_STATES, type CandidateState, type ProposedActivity, type ReviewBatch, type ReviewCandidate } from '../core/review/review-candidate.ts';
import type { NewReviewBatch, ReviewStore } from '../core/review/review-store.ts';
import { AppError } from '../core/shared/app-error.ts';
import type { Actor } from '../core/shared/actor.ts';
import { toActivityRow } from './activity-rows.ts';
import { appendAudit } from './audit-log.ts';
import type { Database, ReviewCandidatesTable } from './database.ts';
import { translateDatabaseError } from './database-errors.ts';
import { fromOrganisationRow, toInstrumentRow, toMandateRow, toOrganisationRow } from './dataset-rows.ts';

const iso = sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

export function createReviewStore(db: Kysely<Database>): ReviewStore {
  async function getBatch(id: string): Promise<ReviewBatch | null> {
    const batch = await db.selectFrom('review_batches').select(['id', 'document', 'language', 'kind', 'created_by', iso.as('created_at')]).where('id', '=', id).executeTakeFirst();
    if (batch === undefined) return null;
    const candidates = await db.selectFrom('review_candidates').selectAll().where('batch_id', '=', id).orderBy('position').execute();
    return {
      id: batch.id,
      document: batch.document,
      language: batch.language,
      kind: batch.kind,
      createdAt: batch.created_at,
      createdBy: batch.created_by,
      candidates: candidates.map(fromCandidateRow),
    };
  }

  return {
    getBatch,

    async createBatch(batch: NewReviewBatch, actor: Actor): Promise<ReviewBatch> {
      try {
        await db.transaction().execute(async (trx) => {
          await trx.insertInto('review_batches').values({ id: batch.id, document: batch.document, language: batch.language, kind: batch.kind, created_by: actor.id }).execute();
          if (batch.candidates.length > 0) {
            await trx
              .insertInto('review_candidates')
              .values(
                batch.candidates.map((c) => ({
                  id: `${batch.id}-c${c.position}`,
                  batch_id: batch.id,
                  position: c.position,
                  entity: 'activity',
                  proposed: JSON.stringify(c.proposed),
                  corrected: null,
                  span_start: c.span.start,
                  span_end: c.span.end,
                  excerpt: c.excerpt,
                  confidence: c.confidence,
                  decided_by: null,
                })),
              )
              .execute();
          }
          await appendAudit(trx, { actor, action: 'create', entity: 'review_batch', entityId: batch.id, before: null, after: { document: batch.document, candidates: batch.candidates.length } });
        });
      } catch (error) {
        translateDatabaseError(error, `review batch ${batch.id}`);
      }
      return (await getBatch(batch.id))!;
    },

    async listBatches() {
      const rows = await db
        .selectFrom('review_batches as b')
        .leftJoin('review_candidates as c', 'c.batch_id', 'b.id')
        .select(['b.id', 'b.document', iso.as('created_at'), 'c.state', sql<number>`count(c.id)::int`.as('n')])
        .groupBy(['b.id', 'b.document', 'b.created_at', 'b.seq', 'c.state'])
        .orderBy('b.seq', 'desc')
        .execute();
      const batches = new Map<string, { id: string; document: string; createdAt: string; counts: Record<CandidateState, number> }>();
      for (const row of rows) {
        const entry = batches.get(row.id) ?? { id: row.id, document: row.document, createdAt: row.created_at, counts: { pending: 0, accepted: 0, corrected: 0, rejected: 0 } };
        if (row.state !== null && isState(row.state)) entry.counts[row.state] += row.n;
        batches.set(row.id, entry);
      }
      return [...batches.values()];
    },

    async existingRecords(): Promise<ExistingRecords> {
      const [instruments, mandates, organisations] = await Promise.all([
        db.selectFrom('instruments').select('symbol').execute(),
        db.selectFrom('mandates').select(sql<string>`instrument || '#' || paragraph`.as('key')).execute(),
        db.selectFrom('organisations').selectAll().execute(),
      ]);
      return {
        instrumentSymbols: new Set(instruments.map((r) => r.symbol)),
        mandateKeys: new Set(mandates.map((r) => r.key)),
        organisations: new Map<string, Organisation>(organisations.map((r) => [r.acronym, fromOrganisationRow(r)])),
      };
    },

    async acceptCandidate(candidateId, expectedVersion, decision, records, actor) {
      try {
        await db.transaction().execute(async (trx) => {
          await markDecided(trx, candidateId, expectedVersion, decision.state, decision.corrected, actor);
          await insertMissing(trx, records, actor);
        });
      } catch (error) {
        translateDatabaseError(error, `candidate ${candidateId}`);
      }
      return readCandidate(db, candidateId);
    },

    async rejectCandidate(candidateId, expectedVersion, actor) {
      await db.transaction().execute(async (trx) => {
        await markDecided(trx, candidateId, expectedVersion, 'rejected', null, actor);
      });
      return readCandidate(db, candidateId);
    },
  };
}

async function markDecided(trx: Transaction<Database>, candidateId: string, expectedVersion: number, state: CandidateState, corrected: ProposedActivity | null, actor: Actor): Promise<void> {
  const updated = await trx
    .updateTable('review_candidates')
    .set({ state, corrected: corrected === null ? null : JSON.stringify(corrected), decided_by: actor.id, decided_at: new Date().toISOString(), version: sql`version + 1` })
    .where('id', '=', candidateId)
    .where('version', '=', expectedVersion)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    throw new AppError('version_conflict', `candidate ${candidateId} was decided by someone else in the meantime; reload the batch`);
  }
  await appendAudit(trx, { actor, action: state === 'rejected' ? 'reject' : 'accept', entity: 'review_candidate', entityId: candidateId, before: { state: 'pending' }, after: { state, corrected } });
}

/** Inserts what does not exist yet; existing instruments, mandates and organisations are linked, not copied. */
async function insertMissing(trx: Transaction<Database>, records: AcceptedRecords, actor: Actor): Promise<void> {
  for (const organisation of records.newOrganisations) {
    const inserted = await trx.insertInto('organisations').values(toOrganisationRow(organisation)).onConflict((oc) => oc.column('acronym').doNothing()).executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows !== 0n) await appendAudit(trx, { actor, action: 'create', entity: 'organisation', entityId: organisation.acronym, before: null, after: organisation });
  }
  for (const instrument of records.newInstruments) {
    const inserted = await trx.insertInto('instruments').values(toInstrumentRow(instrument)).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows !== 0n) await appendAudit(trx, { actor, action: 'create', entity: 'instrument', entityId: instrument.id, before: null, after: instrument });
  }
  for (const mandate of records.newMandates) {
    const inserted = await trx.insertInto('mandates').values(toMandateRow(mandate)).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows !== 0n) await appendAudit(trx, { actor, action: 'create', entity: 'mandate', entityId: mandate.id, before: null, after: mandate });
  }
  const inserted = await trx.insertInto('activities').values(toActivityRow(records.activity)).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
  if (inserted.numInsertedOrUpdatedRows !== 0n) await appendAudit(trx, { actor, action: 'create', entity: 'activity', entityId: records.activity.id, before: null, after: records.activity });
}

async function readCandidate(db: Kysely<Database>, id: string): Promise<ReviewCandidate> {
  const row = await db.selectFrom('review_candidates').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new AppError('not_found', `no review candidate ${id}`);
  return fromCandidateRow(row);
}

function fromCandidateRow(row: Selectable<ReviewCandidatesTable>): ReviewCandidate {
  return {
    id: row.id,
    version: row.version,
    batchId: row.batch_id,
    position: row.position,
    proposed: row.proposed as ProposedActivity,
    corrected: row.corrected as ProposedActivity | null,
    span: { start: row.span_start, end: row.span_end },
    excerpt: row.excerpt,
    confidence: row.confidence,
    state: isState(row.state) ? row.state : 'pending',
  };
}

function isState(value: string): value is CandidateState {
  return (CANDIDATE_STATES as readonly string[]).includes(value);
}

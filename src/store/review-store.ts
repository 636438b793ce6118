import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Organisation, OrganisationType } from '../core/organisations/organisation.ts';
import type { ProposedActivity, ReviewBatch, ReviewBatchSummary, ReviewCandidate, CandidateState } from '../core/review/review-candidate.ts';
import { CANDIDATE_STATES } from '../core/review/review-candidate.ts';
import type { ReviewStore } from '../core/review/review-store.ts';
import { AppError } from '../core/shared/app-error.ts';
import type { Actor } from '../core/shared/actor.ts';
import { checkActivity } from './activity-references.ts';
import { toActivityRow } from './activity-rows.ts';
import { appendAudit } from './audit-log.ts';
import type { Database, ReviewCandidatesTable } from './database.ts';
import { translateDatabaseError } from './database-errors.ts';
import { toInstrumentRow, toMandateRow, toOrganisationRow } from './dataset-rows.ts';

const isoText = (column: string) => sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const CANDIDATE_COLUMNS = ['id', 'version', 'batch_id', 'position', 'proposed', 'corrected', 'span_start', 'span_end', 'excerpt', 'confidence', 'state'] as const;

function fromCandidateRow(row: Pick<Selectable<ReviewCandidatesTable>, (typeof CANDIDATE_COLUMNS)[number]>): ReviewCandidate {
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
    state: row.state as CandidateState,
  };
}

async function readBatch(db: Kysely<Database>, id: string): Promise<ReviewBatch | null> {
  const batch = await db
    .selectFrom('review_batches')
    .select(['id', 'document', 'language', 'kind', 'created_by', isoText('created_at').as('created_at')])
    .where('id', '=', id)
    .executeTakeFirst();
  if (batch === undefined) return null;
  const candidates = await db.selectFrom('review_candidates').select(CANDIDATE_COLUMNS).where('batch_id', '=', id).orderBy('position').execute();
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

async function lockCandidate(trx: Transaction<Database>, id: string, expectedVersion: number) {
  const row = await trx.selectFrom('review_candidates').select(CANDIDATE_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
  if (row === undefined) throw new AppError('not_found', `no review candidate "${id}"`);
  if (row.version !== expectedVersion || row.state !== 'pending') {
    throw new AppError('version_conflict', `candidate ${id} was decided or changed meanwhile (version ${row.version}, ${row.state}); reload it`);
  }
  return fromCandidateRow(row);
}

async function decide(
  trx: Transaction<Database>,
  before: ReviewCandidate,
  state: Exclude<CandidateState, 'pending'>,
  corrected: ProposedActivity | null,
  actor: Actor,
): Promise<ReviewCandidate> {
  const result = await trx
    .updateTable('review_candidates')
    .set({
      state,
      corrected: corrected === null ? null : JSON.stringify(corrected),
      version: before.version + 1,
      decided_by: actor.id,
      decided_at: new Date().toISOString(),
    })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new AppError('version_conflict', `candidate ${before.id} was changed meanwhile; reload it`);
  const after: ReviewCandidate = { ...before, state, corrected, version: before.version + 1 };
  await appendAudit(trx, { actor, action: state === 'rejected' ? 'reject' : 'accept', entity: 'review_candidate', entityId: before.id, before, after });
  return after;
}

export function createReviewStore(db: Kysely<Database>): ReviewStore {
  return {
    async createBatch(batch, actor) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('review_batches')
          .values({ id: batch.id, document: batch.document, language: batch.language, kind: batch.kind, created_by: actor.id })
          .execute()
          .catch((error: unknown) => translateDatabaseError(error, `review batch ${batch.id}`));
        if (batch.candidates.length > 0) {
          await trx
            .insertInto('review_candidates')
            .values(
              batch.candidates.map((c) => ({
                id: `${batch.id}-c${c.position}`,
                batch_id: batch.id,
                position: c.position,
                proposed: JSON.stringify(c.proposed),
                corrected: null,
                span_start: c.span.start,
                span_end: c.span.end,
                excerpt: c.excerpt,
                confidence: c.confidence,
              })),
            )
            .execute()
            .catch((error: unknown) => translateDatabaseError(error, `review batch ${batch.id}`));
        }
        await appendAudit(trx, { actor, action: 'create', entity: 'review_batch', entityId: batch.id, before: null, after: { document: batch.document, candidates: batch.candidates.length } });
      });
      const created = await readBatch(db, batch.id);
      if (created === null) throw new Error(`review batch ${batch.id} vanished after being written`);
      return created;
    },

    getBatch: (id) => readBatch(db, id),

    async listBatches() {
      // Newest first: the review queue shows what just arrived at the top.
      const batches = await db.selectFrom('review_batches').select(['id', 'document', isoText('created_at').as('created_at')]).orderBy('seq', 'desc').execute();
      const counts = await db
        .selectFrom('review_candidates')
        .select(['batch_id', 'state', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['batch_id', 'state'])
        .execute();
      return batches.map((b): ReviewBatchSummary => {
        const byState = Object.fromEntries(CANDIDATE_STATES.map((s) => [s, 0])) as Record<CandidateState, number>;
        for (const c of counts) if (c.batch_id === b.id) byState[c.state as CandidateState] = c.n;
        return { id: b.id, document: b.document, createdAt: b.created_at, counts: byState };
      });
    },

    async existingRecords() {
      const [instruments, mandates, organisations] = await Promise.all([
        db.selectFrom('instruments').select('symbol').execute(),
        db.selectFrom('mandates').select(sql<string>`instrument || '#' || paragraph`.as('key')).execute(),
        db.selectFrom('organisations').select(['acronym', 'names', 'type', 'parent']).execute(),
      ]);
      return {
        instrumentSymbols: new Set(instruments.map((i) => i.symbol)),
        mandateKeys: new Set(mandates.map((m) => m.key)),
        organisations: new Map(
          organisations.map((o): [string, Organisation] => [o.acronym, { acronym: o.acronym, names: o.names, type: o.type as OrganisationType, parent: o.parent }]),
        ),
      };
    },

    async acceptCandidate(candidateId, expectedVersion, decision, records, actor) {
      return db.transaction().execute(async (trx) => {
        const before = await lockCandidate(trx, candidateId, expectedVersion);
        await sql`set constraints all deferred`.execute(trx);
        // Records that already exist (by symbol, paragraph, acronym or id) are linked, not duplicated.
        const created: { entity: string; id: string; after: unknown }[] = [];
        for (const organisation of records.newOrganisations) {
          const row = await trx.insertInto('organisations').values(toOrganisationRow(organisation)).onConflict((oc) => oc.column('acronym').doNothing()).returning('acronym').executeTakeFirst();
          if (row !== undefined) created.push({ entity: 'organisation', id: organisation.acronym, after: organisation });
        }
        for (const instrument of records.newInstruments) {
          const row = await trx.insertInto('instruments').values(toInstrumentRow(instrument)).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
          if (row !== undefined) created.push({ entity: 'instrument', id: instrument.id, after: instrument });
        }
        for (const mandate of records.newMandates) {
          const row = await trx.insertInto('mandates').values(toMandateRow(mandate)).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
          if (row !== undefined) created.push({ entity: 'mandate', id: mandate.id, after: mandate });
        }
        const problems = await checkActivity(trx, records.activity);
        if (problems.length > 0) {
          throw new AppError('validation_failed', `the accepted activity has ${problems.length} problem${problems.length === 1 ? '' : 's'}; correct the candidate`, problems);
        }
        const row = await trx.insertInto('activities').values(toActivityRow(records.activity)).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
        if (row !== undefined) created.push({ entity: 'activity', id: records.activity.id, after: records.activity });
        await sql`set constraints all immediate`.execute(trx).catch((error: unknown) => translateDatabaseError(error, `accepting candidate ${candidateId}`));
        for (const record of created) await appendAudit(trx, { actor, action: 'create', entity: record.entity, entityId: record.id, before: null, after: record.after });
        return decide(trx, before, decision.state, decision.corrected, actor);
      });
    },

    async rejectCandidate(candidateId, expectedVersion, actor) {
      return db.transaction().execute(async (trx) => decide(trx, await lockCandidate(trx, candidateId, expectedVersion), 'rejected', null, actor));
    },
  };
}

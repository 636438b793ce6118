import { sql, type Kysely, type Transaction } from 'kysely';
import type { Dataset, DatasetSection } from '../core/dataset/dataset.ts';
import type { DatasetStore, ImportSummary, KnownKeys } from '../core/dataset/dataset-store.ts';
import { validateDataset } from '../core/dataset/validate-dataset.ts';
import { AppError } from '../core/shared/app-error.ts';
import { readActivityRecord, toActivityRow } from './activity-rows.ts';
import { appendAudit } from './audit-log.ts';
import type { Database } from './database.ts';
import { translateDatabaseError } from './database-errors.ts';
import * as rows from './dataset-rows.ts';
import { upsertRows } from './upsert-rows.ts';

async function readKnownKeys(db: Kysely<Database>): Promise<KnownKeys> {
  const [instruments, mandates, organisations, outputs, activities, ids] = await Promise.all([
    db.selectFrom('instruments').select('symbol as key').execute(),
    db.selectFrom('mandates').select(sql<string>`instrument || '#' || paragraph`.as('key')).execute(),
    db.selectFrom('organisations').select('acronym as key').execute(),
    db.selectFrom('planned_outputs').select('id as key').execute(),
    db.selectFrom('activities').select('id as key').execute(),
    sql<{ key: string }>`
      select id as key from instruments union all select id from mandates union all select id from work_plans
      union all select id from work_plan_items union all select id from planned_outputs union all select id from activities
      union all select id from follow_ups union all select id from assistance_requests union all select id from focal_points`.execute(db),
  ]);
  const set = (list: readonly { key: string }[]) => new Set(list.map((r) => r.key));
  return {
    instrumentSymbols: set(instruments),
    mandateKeys: set(mandates),
    organisationAcronyms: set(organisations),
    plannedOutputIds: set(outputs),
    activityIds: set(activities),
    ids: set(ids.rows),
  };
}

async function writeDataset(trx: Transaction<Database>, dataset: Dataset): Promise<ImportSummary> {
  // Records may point forwards (a parent organisation listed after its child); the deferred
  // foreign keys are checked once, at commit.
  await sql`set constraints all deferred`.execute(trx);
  const summary: Record<DatasetSection, number> = {
    organisations: await upsertRows(trx, 'organisations', 'acronym', dataset.organisations.map(rows.toOrganisationRow)),
    instruments: await upsertRows(trx, 'instruments', 'id', dataset.instruments.map(rows.toInstrumentRow)),
    mandates: await upsertRows(trx, 'mandates', 'id', dataset.mandates.map(rows.toMandateRow)),
    workPlans: await upsertRows(trx, 'work_plans', 'id', dataset.workPlans.map(rows.toWorkPlanRow)),
    workPlanItems: await upsertRows(trx, 'work_plan_items', 'id', dataset.workPlanItems.map(rows.toWorkPlanItemRow)),
    plannedOutputs: await upsertRows(trx, 'planned_outputs', 'id', dataset.plannedOutputs.map(rows.toPlannedOutputRow)),
    activities: await upsertRows(trx, 'activities', 'id', dataset.activities.map(toActivityRow)),
    followUps: await upsertRows(trx, 'follow_ups', 'id', dataset.followUps.map(rows.toFollowUpRow)),
    assistanceRequests: await upsertRows(trx, 'assistance_requests', 'id', dataset.assistanceRequests.map(rows.toAssistanceRequestRow)),
    focalPoints: await upsertRows(trx, 'focal_points', 'id', dataset.focalPoints.map(rows.toFocalPointRow)),
  };
  const requestIds = dataset.assistanceRequests.map((r) => r.id);
  if (requestIds.length > 0) {
    await trx.deleteFrom('assistance_request_activities').where('request_id', 'in', requestIds).execute();
    const links = dataset.assistanceRequests.flatMap((r) => r.activityIds.map((activityId, position) => ({ request_id: r.id, activity_id: activityId, position })));
    if (links.length > 0) await trx.insertInto('assistance_request_activities').values(links).execute();
  }
  // Surface a broken reference here, with its constraint named, rather than at commit.
  await sql`set constraints all immediate`.execute(trx);
  return summary;
}

async function readDataset(db: Kysely<Database>): Promise<Dataset> {
  const [organisations, instruments, mandates, workPlans, workPlanItems, plannedOutputs, activities, followUps, requests, links, focalPoints] = await Promise.all([
    db.selectFrom('organisations').selectAll().orderBy('seq').execute(),
    db.selectFrom('instruments').selectAll().orderBy('seq').execute(),
    db.selectFrom('mandates').select(['id', 'seq', 'version', 'instrument', 'paragraph', 'text', 'renews_instrument', 'renews_paragraph', 'units']).orderBy('seq').execute(),
    db.selectFrom('work_plans').selectAll().orderBy('seq').execute(),
    db.selectFrom('work_plan_items').select(['id', 'seq', 'version', 'work_plan_id', 'parent_id', 'level', 'code', 'title', 'mandates', 'objectives']).orderBy('seq').execute(),
    db.selectFrom('planned_outputs').selectAll().orderBy('seq').execute(),
    db.selectFrom('activities').select('record').orderBy('seq').execute(),
    db.selectFrom('follow_ups').selectAll().orderBy('seq').execute(),
    db.selectFrom('assistance_requests').selectAll().orderBy('seq').execute(),
    db.selectFrom('assistance_request_activities').selectAll().orderBy('request_id').orderBy('position').execute(),
    db.selectFrom('focal_points').selectAll().orderBy('seq').execute(),
  ]);
  const linked = new Map<string, string[]>();
  for (const link of links) linked.set(link.request_id, [...(linked.get(link.request_id) ?? []), link.activity_id]);
  return {
    organisations: organisations.map(rows.fromOrganisationRow),
    instruments: instruments.map(rows.fromInstrumentRow),
    mandates: mandates.map(rows.fromMandateRow),
    workPlans: workPlans.map(rows.fromWorkPlanRow),
    workPlanItems: workPlanItems.map(rows.fromWorkPlanItemRow),
    plannedOutputs: plannedOutputs.map(rows.fromPlannedOutputRow),
    activities: activities.map((row) => readActivityRecord(row.record)),
    followUps: followUps.map(rows.fromFollowUpRow),
    assistanceRequests: requests.map((r) => rows.fromAssistanceRequestRow(r, linked.get(r.id) ?? [])),
    focalPoints: focalPoints.map(rows.fromFocalPointRow),
  };
}

export function createDatasetStore(db: Kysely<Database>): DatasetStore {
  return {
    knownKeys: () => readKnownKeys(db),

    exportDataset: () => readDataset(db),

    async importDataset(dataset, actor) {
      return db.transaction().execute(async (trx) => {
        // The store checks the file again against what it holds inside this very transaction, so
        // nothing written between the caller's check and this one can break a reference.
        const [known, countries] = await Promise.all([readKnownKeys(trx), trx.selectFrom('countries').select('iso3').execute()]);
        const countryCodes = new Set(countries.map((c) => c.iso3));
        const problems = validateDataset(dataset, known, (code) => countryCodes.has(code));
        if (problems.length > 0) {
          throw new AppError('validation_failed', `the dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported`, problems);
        }
        const summary = await writeDataset(trx, dataset).catch((error: unknown) => translateDatabaseError(error, 'import refused, nothing was written'));
        await appendAudit(trx, { actor, action: 'import', entity: 'dataset', entityId: new Date().toISOString(), before: null, after: summary });
        return summary;
      });
    },
  };
}

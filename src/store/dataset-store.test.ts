import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { Dataset } from '../core/dataset/dataset.ts';
import { SYSTEM_ACTOR } from '../core/shared/actor.ts';
import { AppError } from '../core/shared/app-error.ts';
import { createAuditLog } from './audit-log.ts';
import type { Database } from './database.ts';
import { createDatasetStore } from './dataset-store.ts';
import { forEachDialect } from './test-dialects.ts';
import { RES_2619, SMALL_DATASET } from './test-fixtures.ts';

async function countRows(db: Kysely<Database>) {
  const tables = ['instruments', 'mandates', 'work_plan_items', 'planned_outputs', 'activities', 'follow_ups', 'assistance_request_activities', 'focal_points', 'organisations'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = row.n;
  }
  return counts;
}

function assertRefused(error: unknown, code: AppError['code'], pattern: RegExp): true {
  assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
  assert.equal(error.code, code);
  assert.match([error.message, ...error.problems.map((p) => `${p.path.join('.')}: ${p.message}`)].join('\n'), pattern);
  return true;
}

forEachDialect((dialect) => {
  void test('import counts every section and export gives the records back', async (t) => {
    const db = await dialect.freshDatabase(t);
    const store = createDatasetStore(db);
    const summary = await store.importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    assert.deepEqual(summary, {
      organisations: 1, instruments: 2, mandates: 4, workPlans: 1, workPlanItems: 5, plannedOutputs: 2,
      activities: 6, followUps: 1, assistanceRequests: 1, focalPoints: 1,
    });
    const exported = await store.exportDataset();
    const { organisations: _o, ...rest } = exported;
    const { organisations: _e, ...expected } = SMALL_DATASET;
    assert.deepEqual(rest, expected);
    assert.ok(exported.organisations.some((o) => o.acronym === 'CARIB-LAB'));
    assert.ok(exported.organisations.some((o) => o.acronym === 'CICTE'), 'the reference organisations are part of the export');
    const audit = await createAuditLog(db).listAudit({ entity: 'dataset' });
    assert.equal(audit.length, 1);
    assert.deepEqual(audit[0]?.after, summary);
  });

  void test('export → import into an empty store → export is identical', async (t) => {
    const first = createDatasetStore(await dialect.freshDatabase(t));
    await first.importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const exported = await first.exportDataset();
    const second = createDatasetStore(await dialect.freshDatabase(t));
    await second.importDataset(exported, SYSTEM_ACTOR);
    const again = await second.exportDataset();
    assert.equal(JSON.stringify(again), JSON.stringify(exported));
  });

  void test('importing the same file twice updates in place', async (t) => {
    const db = await dialect.freshDatabase(t);
    const store = createDatasetStore(db);
    await store.importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const before = await countRows(db);
    await store.importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    assert.deepEqual(await countRows(db), before);
  });

  void test('a duplicate symbol is refused and nothing is written', async (t) => {
    const db = await dialect.freshDatabase(t);
    const store = createDatasetStore(db);
    const before = await countRows(db);
    const bad: Dataset = {
      ...SMALL_DATASET,
      instruments: [...SMALL_DATASET.instruments, { id: 'ins-2619-again', version: 1, symbol: RES_2619, kind: 'resolution', body: 'AG', title: {}, year: 2011, adoptedOn: null }],
    };
    await assert.rejects(store.importDataset(bad, SYSTEM_ACTOR), (e) => assertRefused(e, 'validation_failed', /instruments\.2\.symbol: symbol AG\/RES\. 2619 .* already used/));
    assert.deepEqual(await countRows(db), before);
  });

  void test('a symbol already stored under another id is refused by the database as a duplicate', async (t) => {
    const db = await dialect.freshDatabase(t);
    const store = createDatasetStore(db);
    await store.importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const before = await countRows(db);
    const clash: Dataset = { ...SMALL_DATASET, instruments: [{ ...SMALL_DATASET.instruments[0]!, id: 'ins-other' }] };
    await assert.rejects(store.importDataset(clash, SYSTEM_ACTOR), (e) => assertRefused(e, 'duplicate', /already exists/));
    assert.deepEqual(await countRows(db), before);
  });

  void test('dangling references are all reported and nothing is written', async (t) => {
    const db = await dialect.freshDatabase(t);
    const store = createDatasetStore(db);
    const before = await countRows(db);
    const activity = SMALL_DATASET.activities[0]!;
    const bad: Dataset = {
      ...SMALL_DATASET,
      activities: [
        { ...activity, venues: [{ country: 'XYZ', city: null }], plannedOutputIds: ['out-missing'] },
        ...SMALL_DATASET.activities.slice(1),
      ],
      followUps: [{ ...SMALL_DATASET.followUps[0]!, activityId: 'act-missing' }],
    };
    await assert.rejects(store.importDataset(bad, SYSTEM_ACTOR), (e) => {
      assertRefused(e, 'validation_failed', /activities\.0\.venues\.0\.country: unknown country code "XYZ"/);
      assertRefused(e, 'validation_failed', /activities\.0\.plannedOutputIds\.0: no planned output "out-missing"/);
      assertRefused(e, 'validation_failed', /followUps\.0\.activityId: activity act-missing is not known/);
      return true;
    });
    assert.deepEqual(await countRows(db), before);
    assert.equal((await createAuditLog(db).listAudit({})).length, 0);
  });
});

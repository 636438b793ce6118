import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYSTEM_ACTOR } from '../core/shared/actor.ts';
import { createActivityStore } from './activity-store.ts';
import { bulkLoadActivities } from './bulk-load-activities.ts';
import { createCoverageQueries } from './coverage-queries.ts';
import { createDatasetStore } from './dataset-store.ts';
import { forEachDialect } from './test-dialects.ts';
import { RES_2619, SMALL_DATASET, makeActivity } from './test-fixtures.ts';

const MARCH_2012 = { from: '2012-03-01', to: '2012-03-31' };
const MAY_2012 = { from: '2012-05-01', to: '2012-05-31' };

const drill = makeActivity({
  id: 'act-port-drill',
  title: 'Harbour inspection drill for customs teams',
  dates: { start: '2012-03-05', end: '2012-03-06' },
  venues: [{ country: 'BRB', city: 'Bridgetown' }],
  participants: { total: 12, qualifier: 'exact', onSite: null, online: null, women: null, men: null, byCategory: {} },
  mandates: [{ instrument: RES_2619, paragraph: '4.c' }],
});

forEachDialect((dialect) => {
  void test('coverage follows every write to an activity', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const activities = createActivityStore(db);
    const coverage = createCoverageQueries(db);
    const countIn = async (period: { from: string; to: string }) =>
      (await coverage.mandateCoverage(period)).find((r) => r.paragraph === '4.c')?.activityCount;
    const peopleIn = async (period: { from: string; to: string }) => await coverage.participationByCountry(period);

    await activities.createActivity(drill, SYSTEM_ACTOR);
    assert.equal(await countIn(MARCH_2012), 1);
    assert.deepEqual(await peopleIn(MARCH_2012), [{ country: 'BRB', activityCount: 1, participants: 12 }]);

    const moved = await activities.updateActivity({ ...drill, dates: { start: '2012-05-10', end: null } }, SYSTEM_ACTOR);
    assert.equal(await countIn(MARCH_2012), 0);
    assert.equal(await countIn(MAY_2012), 1);

    const cancelled = await activities.updateActivity({ ...moved, status: 'cancelled' }, SYSTEM_ACTOR);
    assert.equal(await countIn(MAY_2012), 0);

    const restored = await activities.updateActivity({ ...cancelled, status: 'done', venues: [{ country: 'GUY', city: null }] }, SYSTEM_ACTOR);
    assert.deepEqual(await peopleIn(MAY_2012), [{ country: 'GUY', activityCount: 1, participants: 12 }]);

    await activities.deleteActivity(restored.id, restored.version, SYSTEM_ACTOR);
    assert.equal(await countIn(MAY_2012), 0);
    assert.deepEqual(await peopleIn(MAY_2012), []);
  });

  void test('coverage sees activities loaded in bulk and re-imported datasets', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const coverage = createCoverageQueries(db);
    await bulkLoadActivities(db, [drill, { ...drill, id: 'act-port-drill-2', status: 'cancelled' }]);
    assert.deepEqual(await coverage.participationByCountry(MARCH_2012), [{ country: 'BRB', activityCount: 1, participants: 12 }]);

    // An import replaces the records it names: the drill now took place in May.
    await createDatasetStore(db).importDataset({ ...SMALL_DATASET, activities: [{ ...drill, dates: { start: '2012-05-02', end: null } }] }, SYSTEM_ACTOR);
    assert.deepEqual(await coverage.participationByCountry(MARCH_2012), []);
    assert.deepEqual(await coverage.participationByCountry(MAY_2012), [{ country: 'BRB', activityCount: 1, participants: 12 }]);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYSTEM_ACTOR } from '../core/shared/actor.ts';
import { toActivityRow } from './activity-rows.ts';
import { createActivityStore } from './activity-store.ts';
import { createDatasetStore } from './dataset-store.ts';
import { migrateTo, migrateToLatest } from './migrate.ts';
import { createSearchIndex } from './search-index.ts';
import { forEachDialect } from './test-dialects.ts';
import { SMALL_DATASET, makeActivity } from './test-fixtures.ts';

forEachDialect((dialect) => {
  void test('activities survive the record migration down and up again, field for field and searchable', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    // Spans across a year end and longer than the country-year keys' limit, for the SQL rule.
    await createActivityStore(db).createActivity(makeActivity({ id: 'act-new-year', dates: { start: '2014-12-15', end: '2015-01-10' }, participatingCountries: ['JAM', 'BRB'] }), SYSTEM_ACTOR);
    await createActivityStore(db).createActivity(makeActivity({ id: 'act-programme', dates: { start: '2001', end: '2030' }, venues: [{ country: 'TTO', city: null }] }), SYSTEM_ACTOR);
    const jamaica = { country: 'JAM', period: { from: '2011-01-01', to: '2011-12-31' } };
    const before = await createActivityStore(db).listActivities({});
    const jamaicaBefore = await createActivityStore(db).listActivities(jamaica);
    assert.ok(jamaicaBefore.length > 0);
    assert.ok(before.some((a) => a.source !== null && a.participants !== null && a.venues.length > 0), 'the fixtures exercise every record field');

    await migrateTo(db, '007-coverage-facts');
    await migrateToLatest(db);

    assert.deepEqual(await createActivityStore(db).listActivities({}), before);
    assert.deepEqual(await createActivityStore(db).listActivities(jamaica), jamaicaBefore);
    // The migration's SQL derives the country-year keys by the same rule as the writers.
    const stored = await db.selectFrom('activities').select(['id', 'country_years']).execute();
    for (const row of stored) {
      const activity = before.find((a) => a.id === row.id);
      assert.ok(activity !== undefined);
      assert.deepEqual(row.country_years, toActivityRow(activity).country_years, row.id);
    }
    const found = await createSearchIndex(db).search('formacion armas', { language: 'es' });
    assert.ok(found.some((hit) => hit.id === 'act-port-of-spain-workshop'), 'the rebuilt search vectors answer in their language');
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYSTEM_ACTOR } from '../core/shared/actor.ts';
import { createActivityStore } from './activity-store.ts';
import { bulkLoadActivities, finishBulkLoad } from './bulk-load-activities.ts';
import { createCoverageQueries } from './coverage-queries.ts';
import { createDatasetStore } from './dataset-store.ts';
import { forEachDialect } from './test-dialects.ts';
import { ACTIVITIES, SMALL_DATASET, makeActivity } from './test-fixtures.ts';

forEachDialect((dialect) => {
  void test('bulk-loaded activities read back exactly as the store writes them', async (t) => {
    const bulk = await dialect.freshDatabase(t);
    const regular = await dialect.freshDatabase(t);
    const withoutActivities = { ...SMALL_DATASET, activities: [], followUps: [], assistanceRequests: [] };
    await createDatasetStore(bulk).importDataset(withoutActivities, SYSTEM_ACTOR);
    await createDatasetStore(regular).importDataset(SMALL_DATASET, SYSTEM_ACTOR);

    // Quotes, commas, backslashes, braces, tabs and line breaks must survive COPY's text format,
    // array literals and JSON; \N must stay text, not become NULL.
    const awkward = makeActivity({
      id: 'act-awkward',
      title: 'A "quoted", {braced}\ttitle \\ with a backslash and \\N',
      description: 'Two lines,\r\nand an empty city below.',
      source: { document: 'C:\\reports\\2011.txt', start: 0, end: 12, excerpt: 'a "tab"\there\nand \\N' },
      venues: [{ country: 'JAM', city: '' }],
      participatingCountries: ['JAM'],
      dates: { start: '2011-02', end: '2011-03' },
    });
    assert.equal(await bulkLoadActivities(bulk, [...ACTIVITIES, awkward]), ACTIVITIES.length + 1);
    await finishBulkLoad(bulk);
    await createActivityStore(regular).createActivity(awkward, SYSTEM_ACTOR);

    const period = { from: '2011-01-01', to: '2011-06-30' };
    const [bulkActivities, regularActivities] = await Promise.all([
      createActivityStore(bulk).listActivities({}),
      createActivityStore(regular).listActivities({}),
    ]);
    assert.deepEqual(bulkActivities, regularActivities);
    assert.deepEqual(bulkActivities.find((a) => a.id === 'act-awkward'), awkward);
    // The merged index lists still answer by country.
    assert.ok((await createActivityStore(bulk).listActivities({ country: 'JAM' })).some((a) => a.id === 'act-awkward'));
    assert.deepEqual(await createCoverageQueries(bulk).mandateCoverage(period), await createCoverageQueries(regular).mandateCoverage(period));
    assert.deepEqual(await createCoverageQueries(bulk).countryProgrammeMatrix(period), await createCoverageQueries(regular).countryProgrammeMatrix(period));
  });
});

forEachDialect((dialect) => {
  void test('a batch that fails part-way leaves nothing behind', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset({ ...SMALL_DATASET, activities: [], followUps: [], assistanceRequests: [] }, SYSTEM_ACTOR);
    const first = ACTIVITIES[0];
    assert.ok(first !== undefined);
    await assert.rejects(bulkLoadActivities(db, [...ACTIVITIES, { ...first }]));
    assert.deepEqual(await createActivityStore(db).listActivities({}), []);
    const period = { from: '2011-01-01', to: '2011-12-31' };
    assert.ok((await createCoverageQueries(db).mandateCoverage(period)).every((row) => row.activityCount === 0));
    assert.equal(await bulkLoadActivities(db, ACTIVITIES), ACTIVITIES.length, 'the connection is usable again');
  });
});

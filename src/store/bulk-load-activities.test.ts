import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../core/shared/actor.ts';
import { createActivityStore } from './activity-store.ts';
import { bulkLoad, bulkLoadActivities } from './bulk-load-activities.ts';
import { createCoverageQueries } from './coverage-queries.ts';
import type { Database } from './database.ts';
import { createDatasetStore } from './dataset-store.ts';
import { prepareDatabase } from './prepare-database.ts';
import { restoreAfterFailedLoad, setAsideGinIndexes, withBulkLoadLock } from './set-aside-indexes.ts';
import { forEachDialect } from './test-dialects.ts';
import { ACTIVITIES, SMALL_DATASET, makeActivity } from './test-fixtures.ts';

const EMPTY_OF_ACTIVITIES = { ...SMALL_DATASET, activities: [], followUps: [], assistanceRequests: [] };

async function activityIndexes(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ indexdef: string }>`select indexdef from pg_indexes where tablename = 'activities' order by indexname`.execute(db);
  return rows.map((row) => row.indexdef);
}

forEachDialect((dialect) => {
  void test('bulk-loaded activities read back exactly as the store writes them', async (t) => {
    const bulk = await dialect.freshDatabase(t);
    const regular = await dialect.freshDatabase(t);
    await createDatasetStore(bulk).importDataset(EMPTY_OF_ACTIVITIES, SYSTEM_ACTOR);
    await createDatasetStore(regular).importDataset(SMALL_DATASET, SYSTEM_ACTOR);

    // Quotes, commas, backslashes, braces, tabs and line breaks must survive the load and JSON;
    // \N must stay text, not become NULL.
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
    await createActivityStore(regular).createActivity(awkward, SYSTEM_ACTOR);

    const period = { from: '2011-01-01', to: '2011-06-30' };
    const [bulkActivities, regularActivities] = await Promise.all([
      createActivityStore(bulk).listActivities({}),
      createActivityStore(regular).listActivities({}),
    ]);
    assert.deepEqual(bulkActivities, regularActivities);
    assert.deepEqual(bulkActivities.find((a) => a.id === 'act-awkward'), awkward);
    // The rebuilt indexes answer by country.
    assert.ok((await createActivityStore(bulk).listActivities({ country: 'JAM' })).some((a) => a.id === 'act-awkward'));
    assert.deepEqual(await createCoverageQueries(bulk).mandateCoverage(period), await createCoverageQueries(regular).mandateCoverage(period));
    assert.deepEqual(await createCoverageQueries(bulk).countryProgrammeMatrix(period), await createCoverageQueries(regular).countryProgrammeMatrix(period));
  });
});

forEachDialect((dialect) => {
  void test('a load that at least doubles the table rebuilds its GIN indexes as they were; a smaller one keeps them', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(EMPTY_OF_ACTIVITIES, SYSTEM_ACTOR);
    const standing = await activityIndexes(db);
    assert.equal(standing.filter((definition) => / USING gin /.test(definition)).length, 3, 'search, country-years and mandates');

    const [first, ...rest] = ACTIVITIES;
    assert.ok(first !== undefined && rest.length > 1);
    const duringLargeLoad = await bulkLoad(db, { expectedRows: 1 }, async (load) => {
      await load([first]);
      return activityIndexes(db);
    });
    assert.deepEqual(duringLargeLoad, standing.filter((definition) => !/ USING gin /.test(definition)));
    assert.deepEqual(await activityIndexes(db), standing);

    const duringSmallLoad = await bulkLoad(db, { expectedRows: 1 }, async (load) => {
      await load(rest.slice(0, 1));
      return activityIndexes(db);
    });
    assert.deepEqual(duringSmallLoad, standing);
    assert.deepEqual(await db.selectFrom('set_aside_indexes').selectAll().execute(), []);
    // Questions answered through the rebuilt indexes.
    const country = first.venues[0]?.country;
    assert.ok(country !== undefined);
    assert.ok((await createActivityStore(db).listActivities({ country })).some((a) => a.id === first.id));
  });
});

forEachDialect((dialect) => {
  void test('indexes a load set aside and never rebuilt come back at the next start, not while a load runs', async (t) => {
    const db = await dialect.freshDatabase(t);
    const standing = await activityIndexes(db);
    assert.equal((await setAsideGinIndexes(db, 'activities')).length, 3);
    assert.notDeepEqual(await activityIndexes(db), standing);
    if (dialect.engine === 'postgres') {
      // Another process's start, while this one's load holds the lock: leaves them to the load.
      assert.deepEqual(await withBulkLoadLock(db, () => restoreAfterFailedLoad(db)), []);
      assert.notDeepEqual(await activityIndexes(db), standing);
    }
    await prepareDatabase(db);
    assert.deepEqual(await activityIndexes(db), standing);
    assert.deepEqual(await db.selectFrom('set_aside_indexes').selectAll().execute(), []);
  });
});

forEachDialect((dialect) => {
  void test('a batch that fails part-way leaves nothing behind', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(EMPTY_OF_ACTIVITIES, SYSTEM_ACTOR);
    const first = ACTIVITIES[0];
    assert.ok(first !== undefined);
    const standing = await activityIndexes(db);
    await assert.rejects(bulkLoadActivities(db, [...ACTIVITIES, { ...first }]));
    assert.deepEqual(await createActivityStore(db).listActivities({}), []);
    assert.deepEqual(await activityIndexes(db), standing, 'the indexes set aside are built again');
    const period = { from: '2011-01-01', to: '2011-12-31' };
    assert.ok((await createCoverageQueries(db).mandateCoverage(period)).every((row) => row.activityCount === 0));
    assert.equal(await bulkLoadActivities(db, ACTIVITIES), ACTIVITIES.length, 'the connection is usable again');
  });
});

forEachDialect((dialect) => {
  void test("a load leaves the planner statistics of the columns questions use, and none of the record's or texts'", async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(EMPTY_OF_ACTIVITIES, SYSTEM_ACTOR);
    await bulkLoadActivities(db, ACTIVITIES);
    const { rows } = await sql<{ column: string }>`
      select attname as column from pg_stats where schemaname = current_schema() and tablename = 'activities'`.execute(db);
    const analyzed = new Set(rows.map((row) => row.column));
    for (const column of ['starts_on', 'ends_on', 'country_years', 'mandate_keys', 'status', 'search_vector']) assert.ok(analyzed.has(column), column);
    for (const column of ['record', 'title', 'description']) assert.ok(!analyzed.has(column), column);
  });
});

forEachDialect((dialect) => {
  void test('a value the table cannot hold is named with its activity and column, and its batch writes nothing', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(EMPTY_OF_ACTIVITIES, SYSTEM_ACTOR);
    const first = ACTIVITIES[0];
    assert.ok(first !== undefined);
    const tooLarge = { ...first, id: 'act-too-large', version: 2 ** 31 };
    await assert.rejects(bulkLoadActivities(db, [...ACTIVITIES, tooLarge]), {
      name: 'RangeError',
      message: 'activity act-too-large, version: 2147483648 is not a 32-bit integer',
    });
    assert.deepEqual(await createActivityStore(db).listActivities({}), []);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OAS_MEMBER_STATES } from '../core/reference/countries.ts';
import { SYSTEM_ACTOR } from '../core/shared/actor.ts';
import { createActivityStore } from './activity-store.ts';
import { createCoverageQueries } from './coverage-queries.ts';
import { createDatasetStore } from './dataset-store.ts';
import { forEachDialect } from './test-dialects.ts';
import { RES_2485, RES_2619, SMALL_DATASET, makeActivity } from './test-fixtures.ts';

const FIRST_HALF_2011 = { from: '2011-01-01', to: '2011-06-30' };

forEachDialect((dialect) => {
  void test('coverage answers the hand-worked figures of the small dataset', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const coverage = createCoverageQueries(db);

    await t.test('mandate coverage lists every paragraph, those without activity too', async () => {
      // 4.b: the Kingston course, the Port of Spain workshop and the exercise that began in
      // December 2010; 4.a: only a cancelled mission and a September seminar; 4.c: the workshop
      // (the undated meeting cannot be placed in the period).
      assert.deepEqual(await coverage.mandateCoverage(FIRST_HALF_2011), [
        { instrument: RES_2485, paragraph: '5.b', activityCount: 0, lastActivityStart: null },
        { instrument: RES_2619, paragraph: '4.a', activityCount: 0, lastActivityStart: null },
        { instrument: RES_2619, paragraph: '4.b', activityCount: 3, lastActivityStart: '2011-05' },
        { instrument: RES_2619, paragraph: '4.c', activityCount: 1, lastActivityStart: '2011-05' },
      ]);
      const secondHalf = await coverage.mandateCoverage({ from: '2011-07-01', to: '2011-12-31' });
      assert.deepEqual(secondHalf.map((r) => [r.paragraph, r.activityCount]), [['5.b', 0], ['4.a', 1], ['4.b', 0], ['4.c', 0]]);
    });

    await t.test('participation by country shares a regional head count between its states', async () => {
      assert.deepEqual(await coverage.participationByCountry(FIRST_HALF_2011), [
        { country: 'BRB', activityCount: 1, participants: 20 },
        { country: 'JAM', activityCount: 2, participants: 50 },
        { country: 'TTO', activityCount: 1, participants: 20 },
      ]);
    });

    await t.test('the country × programme matrix counts each activity once per programme', async () => {
      assert.deepEqual(await coverage.countryProgrammeMatrix(FIRST_HALF_2011), [
        { country: 'BRB', programmeId: 'prog-border-control', programmeCode: '1.1', activityCount: 1, participants: 20 },
        { country: 'BRB', programmeId: 'prog-firearms', programmeCode: '1.2', activityCount: 1, participants: 20 },
        { country: 'JAM', programmeId: 'prog-border-control', programmeCode: '1.1', activityCount: 1, participants: 30 },
        { country: 'TTO', programmeId: 'prog-border-control', programmeCode: '1.1', activityCount: 1, participants: 20 },
        { country: 'TTO', programmeId: 'prog-firearms', programmeCode: '1.2', activityCount: 1, participants: 20 },
      ]);
    });

    await t.test("one country's activities over a period, in date order, venue or participant", async () => {
      const activities = createActivityStore(db);
      const jamaica = await activities.listActivities({ country: 'JAM', period: FIRST_HALF_2011 });
      assert.deepEqual(jamaica.map((a) => a.id), ['act-crisis-exercise', 'act-kingston-course', 'act-cancelled-mission']);
      assert.equal(await activities.countActivities({ country: 'BRB', period: FIRST_HALF_2011 }), 1);
      assert.equal(await activities.countActivities({ country: 'BRB' }), 2);
      assert.equal(await activities.countActivities({ mandate: { instrument: RES_2619, paragraph: null } }), 6);
      assert.equal(await activities.countActivities({ mandate: { instrument: RES_2619, paragraph: '4.c' } }), 2);
      assert.equal(await activities.countActivities({ unit: 'CICAD' }), 1);
      assert.equal(await activities.countActivities({ isPublished: true, type: 'course' }), 1);
    });
  });
});

forEachDialect((dialect) => {
  void test('a long activity that began well before the period still counts in it', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const activities = createActivityStore(db);
    // Known only by its year: it may have run on any day of 2010, so it may touch December.
    await activities.createActivity(
      makeActivity({ id: 'act-year-long', title: 'Year-long mentoring of prosecutors', dates: { start: '2010', end: null }, venues: [{ country: 'GUY', city: null }], mandates: [{ instrument: RES_2619, paragraph: '4.a' }] }),
      SYSTEM_ACTOR,
    );
    const december = { from: '2010-12-01', to: '2010-12-31' };
    assert.deepEqual((await activities.listActivities({ period: december })).map((a) => a.id), ['act-year-long', 'act-crisis-exercise']);
    const coverage = createCoverageQueries(db);
    assert.equal((await coverage.mandateCoverage(december)).find((r) => r.paragraph === '4.a')?.activityCount, 1);
    assert.deepEqual(await coverage.participationByCountry({ from: '2009-01-01', to: '2009-12-31' }), []);
  });
});

forEachDialect((dialect) => {
  void test('an activity with a head count but no known state leaves the country figures alone', async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const coverage = createCoverageQueries(db);
    const period = { from: '2011-01-01', to: '2011-12-31' };
    const before = await coverage.participationByCountry(period);
    const matrixBefore = await coverage.countryProgrammeMatrix(period);
    // Scholarships to an online course: people counted, no venue, no state named.
    await createActivityStore(db).createActivity(
      makeActivity({
        id: 'act-online-course', title: 'Online course', type: 'course', dates: { start: '2011-05', end: '2011-05' },
        participants: { total: 40, qualifier: 'exact', onSite: null, online: 40, women: null, men: null, byCategory: {} },
        plannedOutputIds: SMALL_DATASET.plannedOutputs.slice(0, 1).map((o) => o.id),
      }),
      SYSTEM_ACTOR,
    );
    assert.deepEqual(await coverage.participationByCountry(period), before);
    assert.deepEqual(await coverage.countryProgrammeMatrix(period), matrixBefore);
  });

  void test("a state's shares are summed exactly before rounding: halves made of many small shares make one", async (t) => {
    const db = await dialect.freshDatabase(t);
    await createDatasetStore(db).importDataset(SMALL_DATASET, SYSTEM_ACTOR);
    const members = OAS_MEMBER_STATES.map((c) => c.iso3).toSorted();
    // Summed as floats, 3 × 1/6 and 13 × 1/26 fall a hair under a half and round to nobody.
    const webinars = [
      { month: '03', states: members.slice(0, 6), count: 3 },
      { month: '04', states: members.slice(0, 26), count: 13 },
    ];
    for (const { month, states, count } of webinars) {
      for (let n = 1; n <= count; n += 1) {
        const day = `2012-${month}-${String(n).padStart(2, '0')}`;
        await createActivityStore(db).createActivity(
          makeActivity({
            id: `act-webinar-${month}-${n}`, title: `Webinar ${n}`, type: 'course', dates: { start: day, end: day },
            participatingCountries: states,
            participants: { total: 1, qualifier: 'exact', onSite: null, online: 1, women: null, men: null, byCategory: {} },
            plannedOutputIds: SMALL_DATASET.plannedOutputs.slice(0, 1).map((o) => o.id),
          }),
          SYSTEM_ACTOR,
        );
      }
    }
    const coverage = createCoverageQueries(db);
    for (const { month, states, count } of webinars) {
      const period = { from: `2012-${month}-01`, to: `2012-${month}-28` };
      const byCountry = await coverage.participationByCountry(period);
      assert.deepEqual(byCountry.map((r) => [r.country, r.activityCount, r.participants]), states.map((c) => [c, count, 1]));
      const matrix = await coverage.countryProgrammeMatrix(period);
      assert.deepEqual(matrix.map((r) => [r.country, r.participants]), states.map((c) => [c, 1]));
    }
  });
});

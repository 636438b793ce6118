import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Activity, ParticipantCount } from '../src/core/activities/activity.ts';
import type { MandateRef } from '../src/core/mandates/mandate.ts';
import { touchesPeriod } from '../src/core/shared/partial-date.ts';
import type { WorkPlanItem } from '../src/core/work-plans/work-plan.ts';
import {
  indexReference, mayTouch, scanCountryActivities, scanCountryActivitiesPage, scanCountryProgrammeMatrix, scanMandateCoverage, scanParticipationByCountry,
} from './in-memory-queries.ts';
import { generateActivityBatches, generateReferenceData } from './synthetic-data.ts';

const M1: MandateRef = { instrument: 'AG/RES. 1 (XLI-O/11)', paragraph: '4.a' };
const M2: MandateRef = { instrument: 'AG/RES. 1 (XLI-O/11)', paragraph: '4.b' };
const M3: MandateRef = { instrument: 'CICTE/DEC. 1/11', paragraph: '1' };
const H1_2011 = { from: '2011-01-01', to: '2011-06-30' };

function item(id: string, parentId: string | null, level: WorkPlanItem['level'], code: string): WorkPlanItem {
  return { id, version: 1, workPlanId: 'wp', parentId, level, code, title: {}, mandates: [], objectives: [] };
}

const reference = indexReference({
  mandates: [M1, M2, M3].map((m, i) => ({ id: `m${i}`, version: 1, instrument: m.instrument, paragraph: m.paragraph ?? '', text: {}, renews: null, units: [] })),
  workPlanItems: [item('d', null, 'domain', 'A'), item('p1', 'd', 'programme', 'A.1'), item('j1', 'p1', 'project', 'A.1.1'), item('p2', 'd', 'programme', 'A.2'), item('j2', 'p2', 'project', 'A.2.1')],
  plannedOutputs: [
    { id: 'o1', version: 1, itemId: 'j1', description: {}, target: { kind: 'to_be_determined', reason: 'funding' } },
    { id: 'o2', version: 1, itemId: 'j2', description: {}, target: { kind: 'quantity', value: 3, unit: 'courses' } },
    { id: 'o3', version: 1, itemId: 'j2', description: {}, target: { kind: 'quantity', value: 1, unit: 'exercise' } },
  ],
});

function people(total: number | null, rest: Partial<ParticipantCount> = {}): ParticipantCount {
  return { total, qualifier: 'exact', onSite: null, online: null, women: null, men: null, byCategory: {}, ...rest };
}

type Fields = Pick<Activity, 'dates' | 'venues' | 'participatingCountries' | 'participants' | 'mandates' | 'plannedOutputIds'> & Partial<Pick<Activity, 'status'>>;

function activity(id: string, fields: Fields): Activity {
  return { id, version: 1, title: id, description: '', type: 'workshop', status: 'done', parties: [], source: null, isPublished: true, ...fields };
}

const venue = (country: string) => ({ country, city: null });
const activities: Activity[] = [
  activity('a1', { dates: { start: '2011-03-10', end: '2011-03-12' }, venues: [venue('JAM')], participatingCountries: ['JAM', 'BRB'], participants: people(40), mandates: [M1], plannedOutputIds: ['o1'] }),
  // No participating states listed: the venue stands in; on site + online make the total.
  activity('a2', { dates: { start: '2011-06', end: '2011-07' }, venues: [venue('TTO')], participatingCountries: [], participants: people(null, { onSite: 10, online: 15 }), mandates: [M1, M2], plannedOutputIds: ['o2', 'o3'] }),
  activity('a3', { dates: { start: '2011', end: '2011' }, venues: [venue('LCA')], participatingCountries: ['JAM'], participants: null, mandates: [M2], plannedOutputIds: [] }),
  activity('a4', { dates: { start: '2011-07-01', end: '2011-07-02' }, venues: [venue('JAM')], participatingCountries: ['JAM'], participants: people(100), mandates: [M3], plannedOutputIds: ['o1'] }),
  activity('a5', { dates: { start: null, end: null }, venues: [venue('JAM')], participatingCountries: ['JAM'], participants: people(50), mandates: [M3], plannedOutputIds: ['o1'] }),
  activity('a6', { dates: { start: null, end: '2011-01' }, venues: [venue('BRB')], participatingCountries: ['BRB'], participants: people(7, { qualifier: 'about' }), mandates: [M1], plannedOutputIds: ['o1'] }),
  activity('a7', { status: 'cancelled', dates: { start: '2011-04-01', end: '2011-04-01' }, venues: [venue('JAM')], participatingCountries: ['JAM'], participants: people(30), mandates: [M3], plannedOutputIds: ['o1'] }),
  // Ten people from three states: a third each, 3.33 apiece.
  activity('a8', { dates: { start: '2011-02-01', end: '2011-02-01' }, venues: [venue('PER')], participatingCountries: ['PER', 'CHL', 'ARG'], participants: people(10), mandates: [M2], plannedOutputIds: ['o2'] }),
  // One person over three states: 0.33 each, so the sums round to 4 (3.67), not 3 + 0.
  activity('a9', { dates: { start: '2011-05', end: '2011-05' }, venues: [venue('CHL')], participatingCountries: ['PER', 'CHL', 'ARG'], participants: people(1), mandates: [M2], plannedOutputIds: [] }),
];

void test('mandate coverage counts the activities that may touch the semester, gaps included, cancelled ones not', () => {
  assert.deepEqual(scanMandateCoverage(activities, reference, H1_2011), [
    { instrument: M1.instrument, paragraph: '4.a', activityCount: 3, lastActivityStart: '2011-06' },
    { instrument: M2.instrument, paragraph: '4.b', activityCount: 4, lastActivityStart: '2011-06' },
    { instrument: M3.instrument, paragraph: '1', activityCount: 0, lastActivityStart: null },
  ]);
});

void test('the second semester sees the July activities and the month range that crosses into it', () => {
  const rows = scanMandateCoverage(activities, reference, { from: '2011-07-01', to: '2011-12-31' });
  assert.deepEqual(rows.map((r) => r.activityCount), [1, 2, 1]);
});

void test('participation by country credits each participating state an equal share of the head count', () => {
  assert.deepEqual(scanParticipationByCountry(activities, H1_2011), [
    { country: 'ARG', activityCount: 2, participants: 4 },
    { country: 'BRB', activityCount: 2, participants: 27 },
    { country: 'CHL', activityCount: 2, participants: 4 },
    { country: 'JAM', activityCount: 2, participants: 20 },
    { country: 'PER', activityCount: 2, participants: 4 },
    { country: 'TTO', activityCount: 1, participants: 25 },
  ]);
});

void test('shares are summed exactly before rounding, half away from zero', () => {
  const half = [1, 3, 5].map((total, i) =>
    activity(`h${i}`, { dates: { start: '2011-03', end: '2011-03' }, venues: [venue('JAM')], participatingCountries: ['JAM', 'BRB'], participants: people(total), mandates: [], plannedOutputIds: [] }),
  );
  // 0.5 + 1.5 + 2.5 = 4.5 → 5, where rounding each share would give 1 + 2 + 3 = 6.
  assert.deepEqual(scanParticipationByCountry(half, H1_2011).map((r) => r.participants), [5, 5]);
  const sixths = [2, 1].map((total, i) =>
    activity(`s${i}`, { dates: { start: '2011-03', end: '2011-03' }, venues: [venue('JAM')], participatingCountries: i === 0 ? ['JAM', 'BRB', 'PER', 'CHL', 'ARG', 'COL'] : ['JAM', 'BRB', 'PER'], participants: people(total), mandates: [], plannedOutputIds: [] }),
  );
  // 2/6 + 1/3 = 0.67 for the three states in both, 0.33 for the others.
  assert.deepEqual(scanParticipationByCountry(sixths, H1_2011).map((r) => [r.country, r.participants]), [['ARG', 0], ['BRB', 1], ['CHL', 0], ['COL', 0], ['JAM', 1], ['PER', 1]]);
});

void test('the country × programme matrix counts an activity once per programme even with two outputs in it', () => {
  assert.deepEqual(scanCountryProgrammeMatrix(activities, reference, H1_2011), [
    { country: 'ARG', programmeId: 'p2', programmeCode: 'A.2', activityCount: 1, participants: 3 },
    { country: 'BRB', programmeId: 'p1', programmeCode: 'A.1', activityCount: 2, participants: 27 },
    { country: 'CHL', programmeId: 'p2', programmeCode: 'A.2', activityCount: 1, participants: 3 },
    { country: 'JAM', programmeId: 'p1', programmeCode: 'A.1', activityCount: 1, participants: 20 },
    { country: 'PER', programmeId: 'p2', programmeCode: 'A.2', activityCount: 1, participants: 3 },
    { country: 'TTO', programmeId: 'p2', programmeCode: 'A.2', activityCount: 1, participants: 25 },
  ]);
});

void test("a country's activities include those it hosted and those it took part in, cancelled ones too", () => {
  const ids = (country: string) => scanCountryActivities(activities, country, H1_2011).map((a) => a.id);
  assert.deepEqual(ids('JAM'), ['a1', 'a3', 'a7']);
  assert.deepEqual(ids('PER'), ['a8', 'a9']);
  assert.deepEqual(ids('LCA'), ['a3']);
  assert.deepEqual(ids('TTO'), ['a2']);
  assert.deepEqual(ids('BRB'), ['a1', 'a6']);
  assert.deepEqual(ids('URY'), []);
});

void test('a page of a country\'s activities runs from the earliest possible day, ties by id', () => {
  const page = (limit: number) => scanCountryActivitiesPage(activities, 'JAM', H1_2011, limit).map((a) => a.id);
  // a3 is "2011" (from 1 January), a1 starts 10 March, a7 on 1 April.
  assert.deepEqual(page(10), ['a3', 'a1', 'a7']);
  assert.deepEqual(page(2), ['a3', 'a1']);
  const tied = [activities[1], activities[0]].map((a, i) => ({ ...(a as Activity), id: `t${2 - i}`, dates: { start: '2011-03', end: '2011-03' } }));
  assert.deepEqual(scanCountryActivitiesPage(tied, 'TTO', H1_2011, 5).map((a) => a.id), ['t2']);
  assert.deepEqual(scanCountryActivitiesPage([...tied, { ...tied[0] as Activity, id: 't0', venues: [venue('TTO')] }], 'TTO', H1_2011, 5).map((a) => a.id), ['t0', 't2']);
});

void test('the prefix comparison agrees with the core rule on every generated date range', () => {
  const generated = [...generateActivityBatches(generateReferenceData(), 5000, 5000)].flat();
  const periods = [H1_2011, { from: '2014-07-01', to: '2014-12-31' }, { from: '2016-02-29', to: '2016-03-01' }, { from: '2020-12-31', to: '2020-12-31' }];
  for (const period of periods) {
    for (const a of [...generated, ...activities]) {
      assert.equal(mayTouch(a.dates, period), touchesPeriod(a.dates, period), `${JSON.stringify(a.dates)} in ${period.from}..${period.to}`);
    }
  }
});

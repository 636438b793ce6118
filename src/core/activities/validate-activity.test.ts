import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Activity } from './activity.ts';
import { validateActivity, type ReferenceLookup } from './validate-activity.ts';

const lookup: ReferenceLookup = {
  isKnownCountry: (c) => ['JAM', 'TTO', 'USA'].includes(c),
  isKnownOrganisation: (o) => ['CICAD', 'UNODC'].includes(o),
  isKnownMandate: (i, p) => i === 'AG/RES. 2619 (XLI-O/11)' && (p === null || p === '4.a'),
  isKnownPlannedOutput: (id) => id === 'out-1',
};

const activity: Activity = {
  id: 'a1', version: 1, title: 'Drug treatment court seminar', description: '', type: 'seminar', status: 'done',
  dates: { start: '2011-02', end: '2011-02' }, venues: [{ country: 'JAM', city: 'Kingston' }], participatingCountries: ['JAM'],
  participants: null, parties: [{ ref: 'CICAD', role: 'implementing' }, { ref: 'USA', role: 'funder' }],
  mandates: [{ instrument: 'AG/RES. 2619 (XLI-O/11)', paragraph: '4.a' }], plannedOutputIds: ['out-1'], source: null, isPublished: true,
};

test('a sound activity has no problems', () => {
  assert.deepEqual(validateActivity(activity, lookup), []);
});

test('every problem is reported with its path', () => {
  const broken: Activity = {
    ...activity,
    title: ' ',
    dates: { start: '2011-10', end: '2011-02' },
    venues: [{ country: 'XXX', city: null }],
    parties: [{ ref: 'NOBODY', role: 'partner' }],
    mandates: [{ instrument: 'AG/RES. 2619 (XLI-O/11)', paragraph: '9.z' }],
    plannedOutputIds: ['missing'],
    participants: { total: 10, qualifier: 'exact', onSite: 8, online: 8, women: null, men: null, byCategory: {} },
  };
  const paths = validateActivity(broken, lookup).map((p) => p.path.join('.'));
  assert.deepEqual(paths, ['title', 'dates.end', 'venues.0.country', 'parties.0.ref', 'mandates.0', 'plannedOutputIds.0', 'participants.online']);
});

test('malformed dates are named, not compared', () => {
  const problems = validateActivity({ ...activity, dates: { start: '2011-02-30', end: null } }, lookup);
  assert.equal(problems.length, 1);
  assert.match(problems[0]?.message ?? '', /YYYY-MM-DD/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Organisation } from '../organisations/organisation.ts';
import { acceptedActivityId, candidateToRecords, type ExistingRecords } from './candidate-to-records.ts';
import type { ReviewCandidate } from './review-candidate.ts';

const existing: ExistingRecords = {
  instrumentSymbols: new Set(['AG/RES. 2619 (XLI-O/11)']),
  mandateKeys: new Set(['AG/RES. 2619 (XLI-O/11)#4.a']),
  organisations: new Map<string, Organisation>([
    ['CICAD', { acronym: 'CICAD', names: {}, type: 'unit', parent: 'SMS' }],
    ['UNODC', { acronym: 'UNODC', names: {}, type: 'un', parent: null }],
  ]),
};

const candidate: ReviewCandidate = {
  id: 'c1', version: 1, batchId: 'batch-7', position: 3, state: 'pending', corrected: null,
  span: { start: 100, end: 180 }, excerpt: 'a seminar in Kingston', confidence: 0.8,
  proposed: {
    type: 'seminar', start: '2011-02', end: '2011-02', venues: ['JAM'], city: 'Kingston', countries: ['JAM', 'TTO'],
    participants: { count: 40, qualifier: 'about' }, organizations: ['CICAD', 'UNODC', 'POLICE:COL'], funders: ['USA'],
    status: 'done', title: null,
    mandates: [
      { instrument: 'AG/RES. 2619 (XLI-O/11)', paragraph: '4.a' },
      { instrument: 'AG/RES. 2619 (XLI-O/11)', paragraph: '4.b' },
      { instrument: 'AG/RES. 2485 (XXXIX-O/09)', paragraph: null },
    ],
  },
};

test('links what exists and creates only what is missing', () => {
  const records = candidateToRecords({ document: 'report.txt' }, candidate, existing);
  assert.deepEqual(records.newInstruments.map((i) => i.symbol), ['AG/RES. 2485 (XXXIX-O/09)']);
  assert.equal(records.newInstruments[0]?.year, 2009);
  assert.deepEqual(records.newMandates.map((m) => `${m.instrument} ${m.paragraph}`), ['AG/RES. 2619 (XLI-O/11) 4.b']);
  assert.deepEqual(records.newOrganisations.map((o) => [o.acronym, o.type]), [['POLICE:COL', 'government_agency']]);
});

test('the activity keeps roles, counts and its source passage', () => {
  const { activity } = candidateToRecords({ document: 'report.txt' }, candidate, existing);
  assert.equal(activity.id, acceptedActivityId(candidate));
  assert.deepEqual(activity.parties, [
    { ref: 'CICAD', role: 'implementing' },
    { ref: 'UNODC', role: 'partner' },
    { ref: 'POLICE:COL', role: 'partner' },
    { ref: 'USA', role: 'funder' },
  ]);
  assert.deepEqual(activity.venues, [{ country: 'JAM', city: 'Kingston' }]);
  assert.equal(activity.participants?.total, 40);
  assert.equal(activity.participants?.qualifier, 'about');
  assert.deepEqual(activity.source, { document: 'report.txt', start: 100, end: 180, excerpt: 'a seminar in Kingston' });
  assert.equal(activity.title, 'Seminar in Kingston, 2011-02');
  assert.equal(activity.isPublished, false);
});

test('a correction replaces the proposal', () => {
  const corrected = { ...candidate, corrected: { ...candidate.proposed, type: 'workshop' as const, title: 'Regional workshop' } };
  const { activity } = candidateToRecords({ document: 'report.txt' }, corrected, existing);
  assert.equal(activity.type, 'workshop');
  assert.equal(activity.title, 'Regional workshop');
});

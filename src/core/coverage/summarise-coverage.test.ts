import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mandate } from '../mandates/mandate.ts';
import { summariseCoverage } from './summarise-coverage.ts';

const mandate = (instrument: string, paragraph: string, renews: Mandate['renews'] = null): Mandate => ({ id: `${instrument}${paragraph}`, version: 1, instrument, paragraph, text: {}, renews, units: [] });

test('gaps are the mandates in force without activity; renewed paragraphs are set apart', async () => {
  const period = { from: '2011-07-01', to: '2011-12-31' };
  const summary = await summariseCoverage(
    {
      coverage: {
        mandateCoverage: async () => [
          { instrument: 'NEW', paragraph: '4.b', activityCount: 3, lastActivityStart: '2011-10' },
          { instrument: 'NEW', paragraph: '4.c', activityCount: 0, lastActivityStart: null },
          { instrument: 'OLD', paragraph: '5.b', activityCount: 0, lastActivityStart: null },
        ],
        participationByCountry: async () => [
          { country: 'BHS', activityCount: 1, participants: 20 },
          { country: 'JAM', activityCount: 2, participants: 45 },
        ],
        countryProgrammeMatrix: async () => [],
      },
      mandates: {
        listMandates: async () => [mandate('NEW', '4.b', { instrument: 'OLD', paragraph: '5.b' }), mandate('NEW', '4.c'), mandate('OLD', '5.b')],
        getInstrument: async () => null,
      },
    },
    period,
  );
  assert.deepEqual(summary.covered.map((m) => m.paragraph), ['4.b']);
  assert.deepEqual(summary.uncovered.map((m) => m.paragraph), ['4.c']);
  assert.equal(summary.supersededCount, 1);
  assert.deepEqual(summary.participation.map((r) => r.country), ['JAM', 'BHS']);
  assert.equal(summary.totalParticipants, 65);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStoreTarget } from './store-target.ts';
import { generateActivityBatches, generateReferenceData } from './synthetic-data.ts';

void test('explain replays the statements a call sent, settings included, and returns their plans', async () => {
  const target = await openStoreTarget({ engine: 'pglite' });
  try {
    const reference = generateReferenceData();
    await target.importReference(reference);
    await target.bulkLoad(500, async (load) => {
      for (const batch of generateActivityBatches(reference, 500, 250)) await load(batch);
    });
    const period = { from: '2015-07-01', to: '2015-12-31' };
    const plans = await target.explain('coverage', () => target.mandateCoverage(period));
    assert.match(plans, /mandates/);
    assert.match(plans, /Execution Time/);
    const list = await target.explain('list', () => target.listActivities({ country: 'JAM', period }));
    assert.match(list, /from "activities"/);
    assert.match(list, /Execution Time/);
  } finally {
    await target.close();
  }
});

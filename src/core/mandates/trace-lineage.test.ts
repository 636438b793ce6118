import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mandate } from './mandate.ts';
import { traceLineage } from './trace-lineage.ts';

const mandate = (instrument: string, paragraph: string, renews: [string, string] | null): Mandate => ({
  id: `${instrument}-${paragraph}`, version: 1, instrument, paragraph, text: {}, units: [],
  renews: renews === null ? null : { instrument: renews[0], paragraph: renews[1] },
});
const chain = [
  mandate('AG/RES. 2619 (XLI-O/11)', '4.b', ['AG/RES. 2485 (XXXIX-O/09)', '5.b']),
  mandate('AG/RES. 2397 (XXXVIII-O/08)', '6.b', null),
  mandate('AG/RES. 2485 (XXXIX-O/09)', '5.b', ['AG/RES. 2397 (XXXVIII-O/08)', '6.b']),
  mandate('AG/RES. 2619 (XLI-O/11)', '4.c', null),
];

test('follows renewals both ways, oldest first', () => {
  const fromMiddle = traceLineage(chain, { instrument: 'AG/RES. 2485 (XXXIX-O/09)', paragraph: '5.b' });
  assert.deepEqual(fromMiddle.map((m) => m.paragraph), ['6.b', '5.b', '4.b']);
  assert.deepEqual(traceLineage(chain, { instrument: 'AG/RES. 2619 (XLI-O/11)', paragraph: '4.c' }).length, 1);
  assert.deepEqual(traceLineage(chain, { instrument: 'AG/RES. 1 (XL-O/10)', paragraph: '1' }), []);
});

test('a cycle in bad data does not loop forever', () => {
  const loop = [mandate('A', '1', ['B', '1']), mandate('B', '1', ['A', '1'])];
  assert.equal(traceLineage(loop, { instrument: 'A', paragraph: '1' }).length, 2);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMandateArgument } from './mandate-argument.ts';

test('reads a mandate as people type it', () => {
  assert.deepEqual(parseMandateArgument('AG/RES. 2619 (XLI-O/11) 4.b'), { instrument: 'AG/RES. 2619 (XLI-O/11)', paragraph: '4.b' });
  assert.deepEqual(parseMandateArgument('AG/RES.2619 (XLI-O/11) 4b'), { instrument: 'AG/RES. 2619 (XLI-O/11)', paragraph: '4.b' });
  assert.deepEqual(parseMandateArgument('AG/RES. 2619 (XLI-O/11)'), { instrument: 'AG/RES. 2619 (XLI-O/11)', paragraph: null });
  assert.deepEqual(parseMandateArgument('CP/doc.4708/12 1.1.3'), { instrument: 'CP/doc.4708/12', paragraph: '1.1.3' });
});

test('an unknown symbol is refused with an example', () => {
  assert.throws(() => parseMandateArgument('resolution 2619'), /AG\/RES\. 2619/);
});

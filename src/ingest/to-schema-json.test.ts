import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from './extract-document.ts';
import { toSchemaJson } from './to-schema-json.ts';

void test('the JSON output has exactly the fields of the evaluation schema', () => {
  const extraction = extractDocument('A workshop took place in Peru in May 2013 with 20 officers.', { source: 'a.txt', language: 'en', kind: 'report' });
  const json = toSchemaJson(extraction);
  assert.deepEqual(Object.keys(json), ['source', 'language', 'kind', 'mandates', 'activities']);
  const activity = json.activities[0];
  assert.ok(activity);
  assert.deepEqual(Object.keys(activity), ['type', 'start', 'end', 'venues', 'city', 'countries', 'participants', 'organizations', 'funders', 'status', 'mandates']);
  assert.deepEqual(activity.participants, { count: 20, qualifier: 'exact' });
  assert.equal(activity.start, '2013-05');
});

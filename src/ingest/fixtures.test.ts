import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestDocument } from './ingest-document.ts';
import { toSchemaJson } from './to-schema-json.ts';

// Short reports and a work plan of our own in each language, with extractions written by hand.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

interface Expected {
  readonly language: string;
  readonly kind: string;
  readonly mandates: readonly unknown[];
  readonly activities: readonly Record<string, unknown>[];
}

const FIELDS = ['type', 'start', 'end', 'venues', 'countries', 'participants', 'organizations', 'status', 'mandates'] as const;

/** The scored fields of an activity, with its code lists in a stable order. */
function pickScored(activity: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = activity[field];
    picked[field] = Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.map(String).sort() : value;
  }
  return picked;
}

for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
  void test(`fixture ${name}: the extraction written by hand`, async () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const result = await ingestDocument(new Uint8Array(readFileSync(join(FIXTURES, name))), name);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const actual = toSchemaJson(result.extraction) as unknown as Expected;
    assert.equal(actual.language, expected.language);
    assert.equal(actual.kind, expected.kind);
    assert.deepEqual(actual.mandates, expected.mandates);
    assert.deepEqual(actual.activities.map(pickScored), expected.activities.map(pickScored));
  });
}

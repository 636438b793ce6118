import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRegexes } from './find-regexes.ts';

void test('literals, constructors, templates and run-time patterns are all found, not strings that look like them', () => {
  const code = [
    "const a = /\\d{1,4}\\s+cours/giu;",
    "const b = new RegExp('^(?:de|du)\\\\s', 'i');",
    "const c = new RegExp(`\\\\b(?:${names.join('|')})\\\\b`, 'g');",
    "const d = RegExp(built);",
    "const g = new RegExp(String.raw`^AG ?\\/ ?(${BODY})\\d+`, 'i');",
    "const BODY = String.raw`[A-Z]{1,4}`;",
    "const SUFFIX = '(?:rev)?';",
    "const h = new RegExp(String.raw`^(${BODY})\\.` + SUFFIX + '$');",
    "const i = new RegExp([String.raw`\\bAG`, 'CP'].join('|'), 'g');",
    "const e = 'not /a regex/ here';",
    "const f = x / y / z;",
  ].join('\n');
  assert.deepEqual(findRegexes('sample.ts', code), [
    { file: 'sample.ts', line: 1, form: 'literal', source: '\\d{1,4}\\s+cours', flags: 'giu' },
    { file: 'sample.ts', line: 2, form: 'constructor', source: '^(?:de|du)\\s', flags: 'i' },
    { file: 'sample.ts', line: 3, form: 'template', source: '\\b(?:x)\\b', flags: 'g' },
    { file: 'sample.ts', line: 4, form: 'dynamic', source: 'built', flags: '' },
    { file: 'sample.ts', line: 5, form: 'constructor', source: '^AG ?\\/ ?([A-Z]{1,4})\\d+', flags: 'i' },
    { file: 'sample.ts', line: 8, form: 'constructor', source: '^([A-Z]{1,4})\\.(?:rev)?$', flags: '' },
    { file: 'sample.ts', line: 9, form: 'constructor', source: '\\bAG|CP', flags: 'g' },
  ]);
});

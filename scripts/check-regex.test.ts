import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRegexes } from './check-regex.ts';

void test('nested and overlapping quantifiers are reported as vulnerable, bounded ones as safe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-regex-'));
  try {
    writeFileSync(join(dir, 'patterns.ts'), [
      'export const bad = /^(\\w+\\s?)+$/;',
      "export const trailing = new RegExp(' +$');",
      'export const good = /\\d{1,4}\\s{1,3}cours/u;',
    ].join('\n'));
    writeFileSync(join(dir, 'patterns.test.ts'), 'export const ignored = /^(a+)+$/;');
    const rows = checkRegexes([dir], false);
    assert.deepEqual(rows.map((row) => [row.regex.line, row.verdict, row.fails]), [
      [1, 'VULNERABLE', true],
      [2, 'VULNERABLE', true],
      [3, 'safe', false],
    ]);
    assert.match(rows[0]?.detail ?? '', /exponential/);
    assert.match(rows[1]?.detail ?? '', /polynomial/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

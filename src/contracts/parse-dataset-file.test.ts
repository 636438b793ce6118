import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDatasetFile } from './parse-dataset-file.ts';

const file = (activities: string) => `{
  "format": "mandate-tracker/dataset@1",
  "activities": [${activities}]
}`;

test('a minimal file parses and fills defaults', () => {
  const parsed = parseDatasetFile(file('{ "id": "a1", "title": "Course", "type": "course", "status": "done" }'));
  assert.equal(parsed.ok, true);
  if (!parsed.ok) return;
  const [activity] = parsed.dataset.activities;
  assert.deepEqual(activity?.venues, []);
  assert.deepEqual(activity?.dates, { start: null, end: null });
  assert.equal(activity?.version, 1);
});

test('malformed JSON gives the line and column', () => {
  const parsed = parseDatasetFile('{\n  "format": "mandate-tracker/dataset@1",\n  "activities": [ }\n}');
  assert.equal(parsed.ok, false);
  if (parsed.ok) return;
  assert.equal(parsed.errors[0]?.line, 3);
  assert.match(parsed.errors[0]?.message ?? '', /invalid JSON/);
});

test('wrong types give every error with its path and line', () => {
  const parsed = parseDatasetFile(file(`
    { "id": "a1", "title": "Course", "type": "course", "status": "done" },
    { "id": "a2", "title": "Seminar", "type": "party", "status": "done",
      "venues": [{ "country": "Jamaica" }], "participants": { "total": "many" } }`));
  assert.equal(parsed.ok, false);
  if (parsed.ok) return;
  const found = parsed.errors.map((e) => `${e.path}@${e.line}`);
  assert.deepEqual(found.sort(), ['activities[1].participants.total@6', 'activities[1].type@5', 'activities[1].venues[0].country@6'].sort());
});

test('a file without the format marker is refused with a clear message', () => {
  const parsed = parseDatasetFile('{ "activities": [] }');
  assert.equal(parsed.ok, false);
  if (parsed.ok) return;
  assert.match(parsed.errors[0]?.message ?? '', /format/);
});

test('domain problems are located in the file', () => {
  const parsed = parseDatasetFile(file('\n    { "id": "a1", "title": "Course", "type": "course", "status": "done", "venues": [{ "country": "XXX" }] }'));
  assert.equal(parsed.ok, true);
  if (!parsed.ok) return;
  const [located] = parsed.locateProblems([{ path: ['activities', 0, 'venues', 0, 'country'], code: 'unknown_reference', message: 'unknown country' }]);
  assert.deepEqual(located, { path: 'activities[0].venues[0].country', line: 4, column: 87, message: 'unknown country' });
});

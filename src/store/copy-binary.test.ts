import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { copyBinaryInto, CopyBinaryWriter } from './copy-binary.ts';
import { forEachDialect } from './test-dialects.ts';

interface Sample {
  readonly label: string;
  readonly words: string | null;
  readonly count: number | null;
  readonly flag: boolean | null;
  readonly day: string | null;
  readonly codes: readonly string[] | null;
}

const LONG = 'a'.repeat(47);
const SAMPLES: readonly Sample[] = [
  { label: 'plain', words: 'Seminar on port security', count: 172, flag: true, day: '2000-01-01', codes: ['JAM', 'TTO'] },
  { label: 'awkward', words: 'tab\there, line\r\nbreak, "quotes", {braces}, back\\slash and \\N', count: -1, flag: false, day: '1999-12-31', codes: ['a,b', '{c}', '"d"', 'e\\f', 'NULL', ''] },
  { label: 'accents', words: 'Réunion à Bogotá, São Paulo, Curaçao', count: 0, flag: null, day: '2016-02-29', codes: ['Sécurité', 'niño'] },
  // Either side of the length where ASCII is copied unit by unit, and astral characters.
  { label: 'lengths', words: `${LONG}é`, count: 2_147_483_647, flag: true, day: '1950-01-01', codes: [LONG, `${LONG}b`, `${LONG}bc`, '🇯🇲 flag'] },
  { label: 'long', words: `${'x'.repeat(5000)} ✓`, count: -2_147_483_648, flag: true, day: '2099-12-31', codes: Array.from({ length: 300 }, (_, i) => `AG/RES. ${2400 + i} (XLI-O/11)#4.b`) },
  { label: 'empty', words: '', count: null, flag: null, day: '1900-03-01', codes: [] },
  { label: 'nulls', words: null, count: null, flag: null, day: null, codes: null },
];

function writeSamples(writer: CopyBinaryWriter, samples: readonly Sample[]): Buffer[] {
  const chunks: Buffer[] = [];
  for (const sample of samples) {
    writer.startRow(6);
    writer.text(sample.label);
    if (sample.words === null) writer.null(); else writer.text(sample.words);
    if (sample.count === null) writer.null(); else writer.integer(sample.count);
    if (sample.flag === null) writer.null(); else writer.boolean(sample.flag);
    if (sample.day === null) writer.null(); else writer.date(sample.day);
    if (sample.codes === null) writer.null(); else writer.textArray(sample.codes);
    // A chunk boundary between rows, as the bulk loader makes them.
    chunks.push(writer.take());
  }
  return chunks;
}

forEachDialect((dialect) => {
  void test('every kind of value reads back as written, whatever characters it holds', async (t) => {
    const db = await dialect.freshDatabase(t);
    await sql`create table copy_samples (label text primary key, words text, count integer, flag boolean, day date, codes text[])`.execute(db);
    // A small first buffer, so that rows make it grow.
    await copyBinaryInto(db, 'copy_samples (label, words, count, flag, day, codes)', writeSamples(new CopyBinaryWriter(16), SAMPLES));

    const { rows } = await sql<Sample>`
      select label, words, count, flag, to_char(day, 'YYYY-MM-DD') as day, codes from copy_samples`.execute(db);
    const byLabel = new Map(rows.map((row) => [row.label, row]));
    assert.equal(rows.length, SAMPLES.length);
    for (const sample of SAMPLES) assert.deepEqual(byLabel.get(sample.label), sample, sample.label);
  });

  void test('a COPY that fails part way writes none of its rows', async (t) => {
    const db = await dialect.freshDatabase(t);
    await sql`create table copy_samples (label text primary key, words text, count integer, flag boolean, day date, codes text[])`.execute(db);
    const repeated = [SAMPLES[0] as Sample, SAMPLES[1] as Sample, SAMPLES[0] as Sample];
    await assert.rejects(copyBinaryInto(db, 'copy_samples (label, words, count, flag, day, codes)', writeSamples(new CopyBinaryWriter(), repeated)), /duplicate key/);
    const { rows } = await sql<{ stored: number }>`select count(*)::int as stored from copy_samples`.execute(db);
    assert.equal(rows[0]?.stored, 0);
  });
});

void test('values that the server would take as something else are refused before they are written', () => {
  const writer = new CopyBinaryWriter();
  writer.startRow(1);
  for (const day of ['2015', '2015-03', '2015-02-29', '2015-13-01', '2015-04-31', '2015-00-10', '15-01-01', '2015-1-1', '2015-01-01T00:00']) {
    assert.throws(() => writer.date(day), new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD)`));
  }
  for (const value of [2_147_483_648, -2_147_483_649, 1.5, Number.NaN]) {
    assert.throws(() => writer.integer(value), new RangeError(`${value} is not a 32-bit integer`));
  }
  // Nothing was written by the refused calls: only the row's field count.
  assert.deepEqual(writer.take(), Buffer.from([0, 1]));
});

void test('a day travels as its distance from 2000-01-01', () => {
  const writer = new CopyBinaryWriter();
  writer.date('2000-01-01');
  writer.date('2000-03-01');
  writer.date('1999-12-31');
  writer.date('2015-03-19');
  const bytes = writer.take();
  const days = [0, 8, 16, 24].map((at) => [bytes.readInt32BE(at), bytes.readInt32BE(at + 4)]);
  assert.deepEqual(days, [[4, 0], [4, 60], [4, -1], [4, 5556]]);
});

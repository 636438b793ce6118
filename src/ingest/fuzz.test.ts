import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCountryNames } from '../core/reference/countries.ts';
import { detectKind } from './detect-kind.ts';
import { detectLanguage } from './detect-language.ts';
import { extractDocument } from './extract-document.ts';
import { MAX_DOCUMENT_CHARS, readDocument } from './read-document.ts';
import { seededRandom } from './test-random.ts';
import { readWorkPlanTree } from './work-plan-tree.ts';

// Every input must come back, as a result or a clear error, within this budget (whole pipeline).
const BUDGET_MS = 1_000;
const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const encoder = new TextEncoder();

interface Outcome { readonly ms: number; readonly read: 'text' | 'error'; readonly chars: number }

async function runPipeline(bytes: Uint8Array, fileName: string): Promise<Outcome> {
  const started = performance.now();
  const read = await readDocument(bytes, fileName);
  if (!read.ok) {
    assert.ok(read.message.length > 10 && read.message.includes(fileName.slice(fileName.lastIndexOf('/') + 1) || 'file'), read.message);
    return { ms: performance.now() - started, read: 'error', chars: 0 };
  }
  const language = detectLanguage(read.text);
  assert.ok(language.confidence >= 0 && language.confidence <= 1);
  const kind = detectKind(read.text, language.language);
  assert.ok(kind.kind === 'report' || kind.kind === 'workplan');
  assert.ok(Array.isArray(readWorkPlanTree(read.text, language.language)));
  const extraction = extractDocument(read.text, { source: fileName, language: language.language, kind: kind.kind });
  assert.ok(Array.isArray(extraction.activities) && Array.isArray(extraction.mandates));
  return { ms: performance.now() - started, read: 'text', chars: read.text.length };
}

async function assertWithinBudget(label: string, bytes: Uint8Array, fileName: string): Promise<Outcome> {
  const outcome = await runPipeline(bytes, fileName);
  assert.ok(outcome.ms <= BUDGET_MS, `${label}: ${outcome.ms.toFixed(0)} ms for ${bytes.length} bytes`);
  return outcome;
}

function readCorpus(): { name: string; text: string }[] {
  if (!existsSync(corpus)) return [];
  return readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(corpus, name), 'utf8') }));
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

void test('warm up the readers so that timings measure the work, not module loading', async () => {
  await runPipeline(encoder.encode('%PDF-1.4\n'), 'warm.pdf');
  await runPipeline(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...encoder.encode('word/document.xml')]), 'warm.docx');
  await runPipeline(encoder.encode('<html><p>x</p></html>'), 'warm.html');
});

void test('random bytes, bare or behind the magic bytes of each format, under every extension', async () => {
  const random = seededRandom(20_240_601);
  const prefixes = [[], [...encoder.encode('%PDF-1.7\n')], [0x50, 0x4b, 0x03, 0x04, ...encoder.encode('word/')], [...encoder.encode('<!DOCTYPE html><body>')], [0xff, 0xfe], [0xef, 0xbb, 0xbf]];
  const names = ['a.txt', 'b.pdf', 'c.docx', 'd.html', 'e', 'f.xlsx', 'g.bin'];
  let errors = 0;
  for (let round = 0; round < 42; round += 1) {
    const size = Math.floor(random() ** 3 * 2_000_000);
    const body = new Uint8Array(size).map(() => Math.floor(random() * 256));
    const prefix = prefixes[round % prefixes.length] ?? [];
    const name = names[Math.floor(random() * names.length)] ?? 'x';
    const outcome = await assertWithinBudget(`round ${round} (${name}, prefix ${prefix.length})`, new Uint8Array([...prefix, ...body]), name);
    if (outcome.read === 'error') errors += 1;
  }
  assert.ok(errors > 0, 'random bytes should be refused at least sometimes');
});

void test('truncated and shuffled corpus documents', async (t) => {
  const documents = readCorpus();
  if (documents.length === 0) { t.skip(`corpus not found at ${corpus}`); return; }
  const random = seededRandom(7);
  for (const { name, text } of documents) {
    const bytes = encoder.encode(text);
    for (let cut = 0; cut < 4; cut += 1) {
      // Cutting bytes may split a multi-byte character: the reader must cope with the broken end.
      const at = Math.floor(random() * bytes.length);
      await assertWithinBudget(`${name} cut at ${at}`, bytes.slice(0, at), `${name}`);
    }
    const lines = shuffle(text.split('\n'), random).join('\n');
    await assertWithinBudget(`${name} lines shuffled`, encoder.encode(lines), name);
    const words = shuffle(text.split(' '), random).join(' ');
    await assertWithinBudget(`${name} words shuffled`, encoder.encode(words), name);
    // Characters outside Latin-1 become '?', as an old editor saving the file would make them.
    const windows1252 = new Uint8Array(Buffer.from([...text].map((char) => (char.charCodeAt(0) > 0xff ? '?' : char)).join(''), 'latin1'));
    const outcome = await assertWithinBudget(`${name} in Latin-1`, windows1252, name);
    assert.equal(outcome.read, 'text');
  }
});

void test('a 10 MB single line is refused at once with advice; the largest accepted one is read in time', async () => {
  const documents = readCorpus();
  const seed = documents.length > 0
    ? documents.map((d) => d.text).join(' ').replace(/\n/g, ' ')
    : 'Le Secrétariat a tenu 3 ateliers à Kingston en mars 2014 (AG/RES. 2735 (XLII-O/12)) avec 45 participants. ';
  const line = (size: number) => seed.repeat(Math.ceil(size / seed.length)).slice(0, size);
  const huge = await assertWithinBudget('10 MB line', encoder.encode(line(10_000_000)), 'long.txt');
  assert.equal(huge.read, 'error');
  const refusal = await readDocument(encoder.encode(line(10_000_000)), 'long.txt');
  assert.ok(!refusal.ok && /split it/.test(refusal.message), 'the refusal says what to do');
  const largest = await assertWithinBudget('largest accepted line', encoder.encode(line(MAX_DOCUMENT_CHARS)), 'long.txt');
  assert.equal(largest.read, 'text');
});

void test('pathological repetitions', async () => {
  const names = listCountryNames().map((country) => country.name);
  const countries = Array.from({ length: 100_000 }, (_, i) => names[i % names.length] ?? 'Jamaïque').join(', ');
  // Each case is cut to the largest document accepted, so its content is worked through, not refused.
  const cases: readonly [string, string][] = ([
    ['open parentheses', '('.repeat(2_000_000)],
    ['dotted numbers', '1.1.'.repeat(500_000)],
    ['symbols without numbers', 'AG/RES. '.repeat(250_000)],
    ['symbols with numbers', 'AG/RES. 2619 (XLI-O/11) '.repeat(100_000)],
    ['100k country names', countries],
    ['spaces', ' '.repeat(5_000_000) + 'x'],
    ['digits', '7'.repeat(5_000_000)],
    ['digits and spaces', '1 '.repeat(2_000_000)],
    ['tabs', '\t'.repeat(2_000_000) + 'x'],
    ['one-letter cells', 'a\t'.repeat(1_000_000)],
    ['quantities in one cell', `x\t\t1. A\t${'2 ateliers '.repeat(300_000)}`],
    ['chapter headings', 'Chapitre 1 :\n'.repeat(200_000)],
    ['bullets', '· \n'.repeat(500_000)],
    ['numbered items', '1.1 Titre. (Objectif 1.1.1)\n'.repeat(100_000)],
    ['objective words', 'Objectifs '.repeat(500_000)],
    ['objective codes', `Objectifs ${'1.1, '.repeat(500_000)}`],
    ['newlines', '\n'.repeat(5_000_000)],
    ['html tags', '<div>'.repeat(1_000_000)],
    ['quotes and apostrophes', '"\''.repeat(2_000_000)],
  ] as const).map(([label, text]) => [label, text.slice(0, MAX_DOCUMENT_CHARS)]);
  // Every case runs, so that one slow stage does not hide the others.
  const slow: string[] = [];
  for (const [label, text] of cases) {
    const outcome = await runPipeline(encoder.encode(text), label === 'html tags' ? 'deep.html' : 'case.txt');
    if (outcome.ms > BUDGET_MS) slow.push(`${label}: ${outcome.ms.toFixed(0)} ms`);
  }
  assert.deepEqual(slow, []);
});

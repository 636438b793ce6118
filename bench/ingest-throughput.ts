// Ingestion throughput: the corpus texts repeated to at least 50 MB go through the whole text
// pipeline (language, kind, extraction; the plan tree for work plans) on this one thread, beside
// chrono-node's French date parser alone on the same documents as a reference figure.
// Run alone: node --import tsx bench/ingest-throughput.ts [--mb 50]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { detectKind } from '../src/ingest/detect-kind.ts';
import { detectLanguage } from '../src/ingest/detect-language.ts';
import { extractDocument } from '../src/ingest/extract-document.ts';
import { readWorkPlanTree } from '../src/ingest/work-plan-tree.ts';
import { formatTable } from './format-table.ts';
import { peakRssMiB } from './measure.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const TARGET_MB_PER_S = 5;
const MB = 1_000_000;

export interface IngestBenchmarkResult {
  readonly documents: number;
  readonly megabytes: number;
  readonly pipelineSeconds: number;
  readonly pipelineMBps: number;
  /** CPU time of this process over the pipeline run: on a busy machine it stays near the idle-core figure. */
  readonly pipelineCpuSeconds: number;
  readonly pipelineMBpsPerCpuSecond: number;
  readonly chronoSeconds: number;
  readonly chronoMBps: number;
  readonly peakRssAfterPipelineMiB: number;
  readonly peakRssAfterChronoMiB: number;
  readonly activities: number;
}

interface CorpusDocument { readonly name: string; readonly text: string; readonly bytes: number }

function loadCorpus(dir: string): CorpusDocument[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    return { name, text, bytes: Buffer.byteLength(text) };
  });
}

/** The corpus documents in turn until their total reaches the target size; each stays a document. */
function repeatToSize(corpus: readonly CorpusDocument[], targetBytes: number): CorpusDocument[] {
  const documents: CorpusDocument[] = [];
  let total = 0;
  for (let i = 0; total < targetBytes; i += 1) {
    const document = corpus[i % corpus.length];
    if (document === undefined) break;
    documents.push(document);
    total += document.bytes;
  }
  return documents;
}

function runPipeline(document: CorpusDocument): number {
  const { language } = detectLanguage(document.text);
  const { kind } = detectKind(document.text, language);
  const extraction = extractDocument(document.text, { source: document.name, language, kind });
  if (kind === 'workplan') readWorkPlanTree(document.text, language);
  return extraction.activities.length;
}

/** Synchronous on purpose: the pipeline is CPU-bound and one thread is the figure asked for. */
export function runIngestBenchmark(options: { readonly megabytes?: number; readonly corpusDir?: string } = {}): IngestBenchmarkResult | null {
  const corpus = loadCorpus(options.corpusDir ?? CORPUS);
  if (corpus.length === 0) {
    console.log(`  skipped: no corpus texts in ${options.corpusDir ?? CORPUS}`);
    return null;
  }
  const documents = repeatToSize(corpus, (options.megabytes ?? 50) * MB);
  const bytes = documents.reduce((sum, document) => sum + document.bytes, 0);
  // One pass over each corpus document first, so that the timing leaves out module loading and JIT warm-up.
  for (const document of corpus) runPipeline(document);

  let activities = 0;
  let started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const document of documents) activities += runPipeline(document);
  const pipelineSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const pipelineCpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRssAfterPipelineMiB = peakRssMiB();

  for (const document of corpus) chrono.fr.parse(document.text);
  started = performance.now();
  for (const document of documents) chrono.fr.parse(document.text);
  const chronoSeconds = (performance.now() - started) / 1000;

  const result: IngestBenchmarkResult = {
    documents: documents.length,
    megabytes: bytes / MB,
    pipelineSeconds,
    pipelineMBps: bytes / MB / pipelineSeconds,
    pipelineCpuSeconds,
    pipelineMBpsPerCpuSecond: bytes / MB / pipelineCpuSeconds,
    chronoSeconds,
    chronoMBps: bytes / MB / chronoSeconds,
    peakRssAfterPipelineMiB,
    peakRssAfterChronoMiB: peakRssMiB(),
    activities,
  };
  printResult(result);
  return result;
}

function printResult(result: IngestBenchmarkResult): void {
  const fixed = (value: number, digits = 2) => value.toFixed(digits);
  console.log(`  ${result.documents.toLocaleString('en-US')} documents, ${fixed(result.megabytes, 1)} MB (10^6 bytes of UTF-8), one thread`);
  console.log(formatTable(['what', 'seconds', 'MB/s', 'peak RSS MiB'], [
    ['pipeline: language + kind + extraction (+ plan tree)', fixed(result.pipelineSeconds, 1), fixed(result.pipelineMBps), String(result.peakRssAfterPipelineMiB)],
    ['reference: chrono.fr.parse alone', fixed(result.chronoSeconds, 1), fixed(result.chronoMBps), String(result.peakRssAfterChronoMiB)],
  ]).split('\n').map((line) => `  ${line}`).join('\n'));
  const ratio = result.pipelineMBps / result.chronoMBps;
  const verdict = result.pipelineMBps >= TARGET_MB_PER_S ? 'meets' : 'misses';
  console.log(`  pipeline / chrono = ${fixed(ratio)}×; ${verdict} the ${TARGET_MB_PER_S} MB/s target; ${result.activities.toLocaleString('en-US')} activities extracted`);
  // Other work on the machine stretches wall time; CPU time (garbage-collector threads included) does not.
  console.log(`  pipeline CPU time ${fixed(result.pipelineCpuSeconds, 1)} s: ${fixed(result.pipelineMBpsPerCpuSecond)} MB per CPU second`);
}

function readMegabytes(args: readonly string[]): number | undefined {
  const at = args.indexOf('--mb');
  const value = at === -1 ? undefined : Number(args[at + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const megabytes = readMegabytes(process.argv.slice(2));
  runIngestBenchmark(megabytes === undefined ? {} : { megabytes });
}

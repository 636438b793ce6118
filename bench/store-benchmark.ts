// Loads the same synthetic activities into each engine through the store's own migrations and
// bulk loader, then times the coverage questions there and as a plain in-memory scan.
import type { Activity } from '../src/core/activities/activity.ts';
import type { Period } from '../src/core/activities/activity-store.ts';
import type { LoadBatch } from '../src/store/bulk-load-activities.ts';
import { semesterBounds } from '../src/core/shared/partial-date.ts';
import type { BenchOptions } from './bench-options.ts';
import { compareRows, type Agreement } from './compare-answers.ts';
import { formatCount, formatMs, formatTable } from './format-table.ts';
import {
  indexReference, scanCountryActivities, scanCountryActivitiesPage, scanCountryProgrammeMatrix, scanMandateCoverage, scanParticipationByCountry, type ScanReference,
} from './in-memory-queries.ts';
import { median, peakRssMiB, timeMedian } from './measure.ts';
import { openStoreTarget, type EngineName, type StoreTarget } from './store-target.ts';
import { DEFAULT_SYNTHETIC_OPTIONS, generateActivityBatches, generateReferenceData } from './synthetic-data.ts';

const BATCH_SIZE = 10_000;
const SEMESTER = { year: 2015, half: 2 } as const;
const COUNTRY = 'JAM';
const COUNTRY_PERIOD: Period = { from: '2015-01-01', to: '2015-12-31' };
/** What a list screen asks for at a time. */
const PAGE_SIZE = 100;

/** Per query, at one million rows (the targets). */
const QUERY_TARGET_MS: Readonly<Record<EngineName, number>> = { pglite: 500, postgres: 100 };
const LOAD_TARGET_ROWS_PER_S: Readonly<Partial<Record<EngineName, number>>> = { postgres: 50_000 };
/**
 * Loads timed per engine, the median kept (queries likewise run several times): where the load
 * has a target, its figure should not rest on one run of a shared machine. The first load also
 * meets a server that has just started.
 */
const LOAD_RUNS: Readonly<Record<EngineName, number>> = { pglite: 1, postgres: 3 };

interface QuerySpec {
  readonly label: string;
  runStore(target: StoreTarget): Promise<unknown>;
  runInMemory(): unknown;
  /** Whether the engine's answer is the scan's, so a fast wrong answer cannot pass. */
  compare(inMemory: unknown, store: unknown): Agreement;
  describe(result: unknown): string;
}

export interface EngineResult {
  readonly engine: EngineName;
  readonly rows: number;
  /** The median of `loadRuns`. */
  readonly loadSeconds: number;
  readonly loadRuns: readonly number[];
  readonly queries: readonly QueryResult[];
}

export interface QueryResult {
  readonly label: string;
  readonly storeMs: number;
  readonly inMemoryMs: number;
  readonly answer: string;
  readonly agreement: Agreement;
}

function defineQueries(activities: readonly Activity[], reference: ScanReference): QuerySpec[] {
  const semester = semesterBounds(SEMESTER);
  const semesterName = `${SEMESTER.year}-H${SEMESTER.half}`;
  type Rows = readonly Readonly<Record<string, unknown>>[];
  const byKey = (keyOf: (row: Readonly<Record<string, unknown>>) => string) => (a: unknown, b: unknown) => compareRows(a as Rows, b as Rows, keyOf);
  const rowCount = (result: unknown) => `${formatCount((result as unknown[]).length)} rows`;
  return [
    {
      label: `mandate coverage ${semesterName}`,
      runStore: (t) => t.mandateCoverage(semester),
      runInMemory: () => scanMandateCoverage(activities, reference, semester),
      compare: byKey((r) => `${String(r.instrument)}#${String(r.paragraph)}`),
      describe: (r) => {
        const rows = r as { activityCount: number }[];
        return `${rows.length} mandates, ${rows.filter((m) => m.activityCount === 0).length} without activity`;
      },
    },
    {
      label: `people trained by country ${semesterName}`,
      runStore: (t) => t.participationByCountry(semester),
      runInMemory: () => scanParticipationByCountry(activities, semester),
      compare: byKey((r) => String(r.country)),
      describe: rowCount,
    },
    {
      label: `country × programme ${semesterName}`,
      runStore: (t) => t.countryProgrammeMatrix(semester),
      runInMemory: () => scanCountryProgrammeMatrix(activities, reference, semester),
      compare: byKey((r) => `${String(r.country)}#${String(r.programmeId)}`),
      describe: (r) => `${formatCount((r as unknown[]).length)} cells`,
    },
    {
      label: `${COUNTRY} activities ${COUNTRY_PERIOD.from.slice(0, 4)}`,
      runStore: (t) => t.listActivities({ country: COUNTRY, period: COUNTRY_PERIOD }),
      runInMemory: () => scanCountryActivities(activities, COUNTRY, COUNTRY_PERIOD),
      // Whole records, not only ids: what comes back must be what was loaded.
      compare: (a, b) => compareActivities(a as Activity[], b as Activity[]),
      describe: (r) => `${formatCount((r as unknown[]).length)} activities`,
    },
    {
      label: `${COUNTRY} activities ${COUNTRY_PERIOD.from.slice(0, 4)}, first ${PAGE_SIZE}`,
      runStore: (t) => t.listActivities({ country: COUNTRY, period: COUNTRY_PERIOD, limit: PAGE_SIZE }),
      runInMemory: () => scanCountryActivitiesPage(activities, COUNTRY, COUNTRY_PERIOD, PAGE_SIZE),
      // The same records in the same order.
      compare: (a, b) => compareActivityPages(a as Activity[], b as Activity[]),
      describe: (r) => `${formatCount((r as unknown[]).length)} activities`,
    },
  ];
}

function compareActivities(expected: readonly Activity[], actual: readonly Activity[]): Agreement {
  const canonical = (list: readonly Activity[]) => new Map(list.map((a) => [a.id, JSON.stringify(canonicalActivity(a))]));
  const want = canonical(expected);
  const got = canonical(actual);
  const missing = [...want.keys()].filter((id) => !got.has(id));
  const extra = [...got.keys()].filter((id) => !want.has(id));
  const changed = [...want].filter(([id, json]) => got.has(id) && got.get(id) !== json).map(([id]) => id);
  if (missing.length + extra.length + changed.length === 0) return { status: 'same', detail: '' };
  return { status: 'differs', detail: `${missing.length} missing, ${extra.length} unexpected, ${changed.length} changed (${[...missing, ...extra, ...changed].slice(0, 3).join(', ')})` };
}

function compareActivityPages(expected: readonly Activity[], actual: readonly Activity[]): Agreement {
  const same = compareActivities(expected, actual);
  if (same.status !== 'same') return same;
  const order = (list: readonly Activity[]) => list.map((a) => a.id).join(',');
  return order(expected) === order(actual) ? same : { status: 'differs', detail: 'same records in another order' };
}

/** Key order fixed, so two equal records give one string whatever built them. */
function canonicalActivity(activity: Activity): unknown {
  const sortKeys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]))
        : value;
  return sortKeys(activity);
}

/**
 * Every activity through one of the store's bulk loads in batches, up to `concurrency` at a time
 * (a server takes several COPY streams at once, one per connection; each batch is loaded whole or
 * not at all). Returns how many rows were loaded.
 */
async function loadInBatches(load: LoadBatch, concurrency: number, activities: readonly Activity[], onProgress: () => void): Promise<number> {
  const inFlight = new Set<Promise<void>>();
  let loaded = 0;
  for (let i = 0; i < activities.length; i += BATCH_SIZE) {
    const batch = activities.slice(i, i + BATCH_SIZE);
    const loading: Promise<void> = load(batch).then((count) => {
      inFlight.delete(loading);
      loaded += count;
      if (loaded % (BATCH_SIZE * 10) === 0) onProgress();
    });
    inFlight.add(loading);
    if (inFlight.size >= concurrency) await Promise.race(inFlight).catch(async (error: unknown) => {
      // Let the other batches settle before reporting, so none is left writing behind the error.
      await Promise.allSettled(inFlight);
      throw error;
    });
  }
  await Promise.all(inFlight);
  return loaded;
}

export function postgresUrl(): string | null {
  return process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? null;
}

export interface StoreBenchmarkIo {
  /** A PostgreSQL server where a database may be created; null skips PostgreSQL. */
  readonly serverUrl: string | null;
  readonly log: (line: string) => void;
  /** Progress marks without a line break. */
  readonly progress: (mark: string) => void;
}

const CONSOLE_IO: StoreBenchmarkIo = {
  serverUrl: postgresUrl(),
  log: (line) => console.log(line),
  progress: (mark) => process.stdout.write(mark),
};

export async function runStoreBenchmark(options: BenchOptions, io: StoreBenchmarkIo = CONSOLE_IO): Promise<EngineResult[]> {
  const { log, progress } = io;
  const engines: EngineName[] = [];
  if (options.dialect !== 'postgres') engines.push('pglite');
  const url = io.serverUrl;
  if (options.dialect !== 'pglite') {
    if (url !== null) engines.push('postgres');
    else {
      log('PostgreSQL: skipped. Set BENCH_DATABASE_URL (or DATABASE_URL) to a server where a database may be created, e.g.');
      log('  BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench');
    }
  }
  log(`Store benchmark: ${formatCount(options.rows)} synthetic activities in ${options.order} order, batches of ${formatCount(BATCH_SIZE)}`);
  const referenceData = generateReferenceData();
  const reference = indexReference(referenceData);
  // Made once before any engine loads, so the load time counts only the store's work; the
  // in-memory baseline keeps them anyway.
  const activities: Activity[] = [];
  for (const batch of generateActivityBatches(referenceData, options.rows, BATCH_SIZE, DEFAULT_SYNTHETIC_OPTIONS, options.order)) {
    for (const activity of batch) activities.push(activity);
  }

  const results: EngineResult[] = [];
  let inMemory: Map<string, { ms: number; result: unknown }> | undefined;
  for (const engine of engines) {
    const target = await openStoreTarget(engine === 'pglite' ? { engine } : { engine, serverUrl: url as string });
    try {
      await target.importReference(referenceData);
      const loadRuns: number[] = [];
      let loaded = 0;
      for (let run = 1; run <= LOAD_RUNS[engine]; run += 1) {
        if (run > 1) await target.removeActivities();
        progress(`${engine}: load ${run} of ${LOAD_RUNS[engine]}, ${target.loadConcurrency} batch${target.loadConcurrency > 1 ? 'es' : ''} at a time `);
        const started = performance.now();
        loaded = await target.bulkLoad(activities.length, (load) => loadInBatches(load, target.loadConcurrency, activities, () => progress('.')));
        const loadMs = performance.now() - started;
        loadRuns.push(loadMs / 1000);
        log(` ${formatCount(loaded)} rows in ${(loadMs / 1000).toFixed(1)} s, ${formatCount(loaded / (loadMs / 1000))} rows/s`);
      }
      const loadSeconds = median(loadRuns);

      const queries = defineQueries(activities, reference);
      if (inMemory === undefined) {
        inMemory = new Map();
        for (const query of queries) {
          const timing = await timeMedian(() => query.runInMemory());
          inMemory.set(query.label, { ms: timing.medianMs, result: timing.result });
        }
      }
      const queryResults: QueryResult[] = [];
      for (const query of queries) {
        const timing = await timeMedian(() => query.runStore(target));
        const baseline = inMemory.get(query.label);
        queryResults.push({
          label: query.label,
          storeMs: timing.medianMs,
          inMemoryMs: baseline?.ms ?? Number.NaN,
          answer: query.describe(timing.result),
          agreement: baseline === undefined ? { status: 'differs', detail: 'no baseline' } : query.compare(baseline.result, timing.result),
        });
      }
      const result: EngineResult = { engine, rows: loaded, loadSeconds, loadRuns, queries: queryResults };
      results.push(result);
      log(`\n${formatResults([result])}\n`);
      for (const q of queryResults) {
        if (q.agreement.status === 'differs') log(`WARNING: ${engine} and the in-memory scan disagree on "${q.label}": ${q.agreement.detail}`);
      }
      for (const query of queries) {
        const slow = queryResults.find((q) => q.label === query.label && q.storeMs > QUERY_TARGET_MS[engine]);
        if (slow === undefined) continue;
        log(`\n${engine}: "${query.label}" took ${formatMs(slow.storeMs)}, over its ${QUERY_TARGET_MS[engine]} ms target; its statements:`);
        // A plan is a diagnosis, not a result: failing to get one must not lose the figures.
        log(await target.explain(query.label, () => query.runStore(target)).catch((error: unknown) => `(no plan: ${error instanceof Error ? error.message : String(error)})`));
      }
    } finally {
      await target.close();
    }
    log(`peak RSS so far: ${formatCount(peakRssMiB())} MiB`);
  }
  logSummary(results, options.rows, log);
  return results;
}

/** Every engine's figures side by side (when there are several), and a word on runs under a million rows. */
export function logSummary(results: readonly EngineResult[], rows: number, log: (line: string) => void): void {
  if (results.length > 1) log(`\nAll engines\n${formatResults(results)}`);
  if (rows < 1_000_000) log('* the targets are stated for 1,000,000 rows; this run is smaller.');
}

export function formatResults(results: readonly EngineResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    const rate = r.rows / r.loadSeconds;
    const loadTarget = LOAD_TARGET_ROWS_PER_S[r.engine];
    rows.push([
      r.engine, formatCount(r.rows), r.loadRuns.length > 1 ? `load, median of ${r.loadRuns.length}` : 'load', `${r.loadSeconds.toFixed(1)} s`, `${formatCount(rate)} rows/s`, '—', '—',
      loadTarget === undefined ? '—' : `≥ ${formatCount(loadTarget)} rows/s`,
      loadTarget === undefined ? '—' : verdict(rate >= loadTarget, r.rows), '',
    ]);
    for (const q of r.queries) {
      const target = QUERY_TARGET_MS[r.engine];
      rows.push([
        r.engine, formatCount(r.rows), q.label, formatMs(q.storeMs), '', formatMs(q.inMemoryMs), `${(q.storeMs / q.inMemoryMs).toFixed(1)}×`,
        `≤ ${target} ms`, verdict(q.storeMs <= target, r.rows), `${q.answer}${AGREEMENT_NOTE[q.agreement.status]}`,
      ]);
    }
  }
  return formatTable(['dialect', 'rows', 'step', 'time', 'rate', 'in-memory', 'db/mem', 'target', 'result', 'answer'], rows);
}

const AGREEMENT_NOTE: Readonly<Record<Agreement['status'], string>> = {
  same: ', same as scan',
  differs: ', DIFFERS from scan',
};

/** The targets are stated at a million rows; a smaller run says so rather than claim a pass. */
function verdict(isMet: boolean, rows: number): string {
  const word = isMet ? 'PASS' : 'MISS';
  return rows >= 1_000_000 ? word : `${word}*`;
}

// Command-line flags of `npm run bench`.
import type { ActivityOrder } from './synthetic-data.ts';

export interface BenchOptions {
  readonly only: 'store' | 'ingest' | null;
  readonly rows: number;
  /** Run one engine only; both by default. */
  readonly dialect: 'pglite' | 'postgres' | null;
  /** The order activities are loaded in. */
  readonly order: ActivityOrder;
  /** Where a run of one engine writes its results as JSON, for the process that ran it apart. */
  readonly resultsFile: string | null;
}

export const DEFAULT_ROWS = 1_000_000;

export const USAGE = `Usage: npm run bench -- [--only store|ingest] [--rows N] [--dialect pglite|postgres] [--order chronological|shuffled]
  --only      run one benchmark (default: both)
  --rows      activities to generate and load (default ${DEFAULT_ROWS.toLocaleString('en-US')}; underscores and commas allowed)
  --dialect   store benchmark on one engine only (default: PGlite, then PostgreSQL when
              BENCH_DATABASE_URL or DATABASE_URL is set)
  --order     chronological (default: year after year, as records are written) or shuffled
              (all years mixed, as an unsorted import of history)
  --results-file
              also write the store benchmark's results to this file, as JSON (each engine's
              process does, when both run)`;

export type ParsedArgs = { readonly ok: true; readonly options: BenchOptions } | { readonly ok: false; readonly message: string };

export function parseBenchArgs(args: readonly string[]): ParsedArgs {
  let only: BenchOptions['only'] = null;
  let rows = DEFAULT_ROWS;
  let dialect: BenchOptions['dialect'] = null;
  let order: ActivityOrder = 'chronological';
  let resultsFile: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? args[++i];
    switch (flag) {
      case '--only': {
        const v = value();
        if (v !== 'store' && v !== 'ingest') return { ok: false, message: `--only expects store or ingest, not ${v ?? 'nothing'}` };
        only = v;
        break;
      }
      case '--rows': {
        const v = value();
        const n = Number((v ?? '').replace(/[_,]/g, ''));
        if (!Number.isInteger(n) || n < 1) return { ok: false, message: `--rows expects a positive whole number, not ${v ?? 'nothing'}` };
        rows = n;
        break;
      }
      case '--dialect': {
        const v = value();
        if (v !== 'pglite' && v !== 'postgres') return { ok: false, message: `--dialect expects pglite or postgres, not ${v ?? 'nothing'}` };
        dialect = v;
        break;
      }
      case '--order': {
        const v = value();
        if (v !== 'chronological' && v !== 'shuffled') return { ok: false, message: `--order expects chronological or shuffled, not ${v ?? 'nothing'}` };
        order = v;
        break;
      }
      case '--results-file': {
        const v = value();
        if (v === undefined || v === '') return { ok: false, message: '--results-file expects a path' };
        resultsFile = v;
        break;
      }
      case '--help':
      case '-h':
        return { ok: false, message: '' };
      default:
        return { ok: false, message: `unknown option ${arg}` };
    }
  }
  return { ok: true, options: { only, rows, dialect, order, resultsFile } };
}

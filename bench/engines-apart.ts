// When the store benchmark runs on both engines, each runs in a process of its own. Run one after
// the other in a single process, PostgreSQL's loads measured a fifth to a half slower after
// PGlite's than alone (the loader's own CPU time per row rose by half), so one engine's figures
// depended on what had run before it.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from './bench-options.ts';
import { logSummary, type EngineResult } from './store-benchmark.ts';
import type { EngineName } from './store-target.ts';

const BENCH_ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));

/** The flags this process was started with (the young generation's size, the TypeScript loader), without a test runner's own. */
function nodeFlags(): string[] {
  return process.execArgv.filter((flag) => !flag.startsWith('--test'));
}

function runBench(engine: EngineName, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags(), BENCH_ENTRY, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`the ${engine} store benchmark stopped (${signal ?? `exit code ${code ?? '?'}`})`));
    });
  });
}

/** Runs the store benchmark once per engine, each in a new process, then prints them side by side. */
export async function runEnginesApart(options: BenchOptions, engines: readonly EngineName[], log: (line: string) => void): Promise<EngineResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'mandates-bench-results-'));
  try {
    const results: EngineResult[] = [];
    for (const engine of engines) {
      const file = join(dir, `${engine}.json`);
      await runBench(engine, ['--only', 'store', '--dialect', engine, '--rows', String(options.rows), '--order', options.order, '--results-file', file]);
      results.push(...(JSON.parse(await readFile(file, 'utf8')) as EngineResult[]));
    }
    logSummary(results, options.rows, log);
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

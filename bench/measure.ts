// Timing rules shared by every benchmark: one warm-up run (caches, JIT, query plans), then the
// median of several runs, which a single slow outlier on a shared machine cannot move.

export interface Timing<T> {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /** The answer of the last run, kept so results can be compared across engines. */
  readonly result: T;
}

export async function timeMedian<T>(run: () => T | Promise<T>, runs = 5): Promise<Timing<T>> {
  let result = await run();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await run();
    runsMs.push(performance.now() - started);
  }
  return { medianMs: median(runsMs), runsMs, result };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Peak resident memory of this process so far, in MiB (PGlite runs inside it, so it counts). */
export function peakRssMiB(): number {
  // maxRSS is in KiB on Linux and macOS.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

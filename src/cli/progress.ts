import { SingleBar, Presets } from 'cli-progress';

/** A progress bar on stderr for long work; silent when stderr is not a terminal (CI, pipes). */
export function startProgress(total: number, label: string): { tick(n?: number): void; stop(): void } {
  if (!process.stderr.isTTY || total < 2) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(total, 0);
  return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}

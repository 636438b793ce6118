// `npm run bench`: the store benchmark (load and queries on PGlite and PostgreSQL against an
// in-memory scan) and the ingestion throughput benchmark.
import { existsSync } from 'node:fs';
import { parseBenchArgs, USAGE } from './bench-options.ts';
import { peakRssMiB } from './measure.ts';
import { runStoreBenchmark } from './store-benchmark.ts';

const INGEST_MODULE = new URL('./ingest-throughput.ts', import.meta.url);

async function runIngest(): Promise<void> {
  if (!existsSync(INGEST_MODULE)) {
    console.log('\nIngestion throughput: skipped, bench/ingest-throughput.ts is not there yet.');
    return;
  }
  const loaded = (await import(INGEST_MODULE.href)) as { runIngestBenchmark?: unknown };
  if (typeof loaded.runIngestBenchmark !== 'function') {
    console.log('\nIngestion throughput: skipped, bench/ingest-throughput.ts does not export runIngestBenchmark().');
    return;
  }
  console.log('\nIngestion throughput');
  await (loaded.runIngestBenchmark as () => Promise<unknown>)();
}

async function main(): Promise<number> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (!parsed.ok) {
    if (parsed.message !== '') console.error(parsed.message);
    console.error(USAGE);
    return parsed.message === '' ? 0 : 2;
  }
  const { options } = parsed;
  if (options.only !== 'ingest') await runStoreBenchmark(options);
  if (options.only !== 'store') await runIngest();
  console.log(`\nPeak RSS of the benchmark process: ${peakRssMiB().toLocaleString('en-US')} MiB`);
  return 0;
}

process.exitCode = await main();

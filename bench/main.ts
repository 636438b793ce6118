// `npm run bench`: the store benchmark (load and queries on PGlite and PostgreSQL against an
// in-memory scan) and the ingestion throughput benchmark.
import { writeFile } from 'node:fs/promises';
import { parseBenchArgs, USAGE } from './bench-options.ts';
import { runEnginesApart } from './engines-apart.ts';
import { runIngestBenchmark } from './ingest-throughput.ts';
import { peakRssMiB } from './measure.ts';
import { postgresUrl, runStoreBenchmark } from './store-benchmark.ts';

async function main(): Promise<number> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (!parsed.ok) {
    if (parsed.message !== '') console.error(parsed.message);
    console.error(USAGE);
    return parsed.message === '' ? 0 : 2;
  }
  const { options } = parsed;
  if (options.only !== 'ingest') {
    // Both engines: each in a process of its own (engines-apart.ts says why).
    const results = options.dialect === null && postgresUrl() !== null
      ? await runEnginesApart(options, ['pglite', 'postgres'], (line) => console.log(line))
      : await runStoreBenchmark(options);
    if (options.resultsFile !== null) await writeFile(options.resultsFile, JSON.stringify(results));
  }
  if (options.only !== 'store') {
    console.log('\nIngestion throughput');
    runIngestBenchmark();
  }
  console.log(`\nPeak RSS of the benchmark process: ${peakRssMiB().toLocaleString('en-US')} MiB`);
  return 0;
}

process.exitCode = await main();

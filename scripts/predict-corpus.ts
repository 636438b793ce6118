// Writes one extraction (SCHEMA.md shape) per document of a folder, for the scorer:
//   node --import tsx scripts/predict-corpus.ts IN_DIR OUT_DIR
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ingestDocument } from '../src/ingest/ingest-document.ts';
import { toSchemaJson } from '../src/ingest/to-schema-json.ts';

const READABLE = new Set(['.txt', '.docx', '.pdf', '.html', '.htm']);

async function predictCorpus(inDir: string, outDir: string): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  let failures = 0;
  for (const name of readdirSync(inDir).sort()) {
    if (!READABLE.has(extname(name).toLowerCase())) continue;
    const bytes = new Uint8Array(readFileSync(join(inDir, name)));
    const result = await ingestDocument(bytes, name);
    if (!result.ok) {
      console.error(`${name}: ${result.message}`);
      failures += 1;
      continue;
    }
    const out = join(outDir, `${basename(name, extname(name))}.json`);
    writeFileSync(out, `${JSON.stringify(toSchemaJson(result.extraction), null, 2)}\n`);
    console.log(`${name}: ${result.extraction.language}/${result.extraction.kind}, ${result.extraction.activities.length} activities, ${result.extraction.mandates.length} mandates`);
  }
  return failures;
}

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
  console.error('usage: node --import tsx scripts/predict-corpus.ts IN_DIR OUT_DIR');
  process.exit(2);
}
process.exitCode = (await predictCorpus(inDir, outDir)) > 0 ? 1 : 0;

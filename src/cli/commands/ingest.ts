import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { AppError } from '../../core/shared/app-error.ts';
import { SYSTEM_ACTOR } from '../../core/shared/actor.ts';
import type { ProposedActivity } from '../../core/review/review-candidate.ts';
import type { DocumentKind, ExtractedActivity, Language } from '../../ingest/extraction.ts';
import { formatTable, writeErr, writeOut } from '../output.ts';
import { startProgress } from '../progress.ts';
import { withServices } from '../services.ts';

interface IngestOptions {
  json?: boolean;
  outDir?: string;
  language?: string;
  kind?: string;
}

const LANGUAGES = ['fr', 'en', 'es', 'pt'] as const;
const KINDS = ['report', 'workplan'] as const;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read reports and work plans (.txt, .docx, .pdf, .html; FR/EN/ES/PT) and propose records for review')
    .argument('<files...>', 'documents to read')
    .option('--json', 'print the extraction as JSON (the evaluation shape) instead of storing a review batch')
    .option('--out-dir <dir>', 'with --json: write one <name>.json per document into this folder')
    .option('--language <code>', 'fr, en, es or pt (default: detected)')
    .option('--kind <kind>', 'report or workplan (default: detected)')
    .action(async (files: string[], options: IngestOptions) => {
      const overrides = parseOverrides(options);
      if (options.outDir !== undefined && options.json !== true) {
        throw new InvalidArgumentError('--out-dir writes JSON files: use it with --json (without --json the documents become review batches)');
      }
      if (options.json === true && options.outDir === undefined && files.length > 1) {
        throw new InvalidArgumentError('several documents with --json need --out-dir <dir> (one JSON file each)');
      }
      if (options.json === true) {
        await extractToJson(files, overrides, options.outDir);
        return;
      }
      await withServices(async (services) => {
        const rows: { file: string; batch: string; candidates: number; language: string; kind: string }[] = [];
        let failures = 0;
        for (const file of files) {
          const extraction = await extractOne(file, overrides);
          if (extraction === null) {
            failures++;
            continue;
          }
          const { result } = extraction;
          const batch = await services.reviews.createBatch(
            {
              id: batchId(file),
              document: result.extraction.source,
              language: result.extraction.language,
              kind: result.extraction.kind,
              candidates: result.extraction.activities.map((a, position) => ({
                position,
                proposed: toProposal(a),
                span: a.source,
                excerpt: result.text.slice(a.source.start, a.source.end),
                confidence: a.confidence,
              })),
            },
            SYSTEM_ACTOR,
          );
          rows.push({ file, batch: batch.id, candidates: batch.candidates.length, language: result.extraction.language, kind: result.extraction.kind });
        }
        if (rows.length > 0) {
          writeOut(formatTable(rows, [
            { header: 'document', value: (r) => r.file },
            { header: 'language', value: (r) => r.language },
            { header: 'kind', value: (r) => r.kind },
            { header: 'candidates', value: (r) => r.candidates, align: 'right' },
            { header: 'review batch', value: (r) => r.batch },
          ]));
          writeOut('Review with `mandates review show <batch>`, then accept, correct or reject.');
        }
        if (failures > 0) throw new AppError('unreadable_input', `${failures} of ${files.length} document(s) could not be read (see above)`);
      });
    });
}

/** The reviewable fields of an extracted activity; its span and confidence live on the candidate. */
function toProposal({ source: _source, confidence: _confidence, ...proposal }: ExtractedActivity): ProposedActivity {
  return proposal;
}

function parseOverrides(options: IngestOptions): { language?: Language; kind?: DocumentKind } {
  const language = options.language;
  const kind = options.kind;
  if (language !== undefined && !(LANGUAGES as readonly string[]).includes(language)) throw new InvalidArgumentError(`--language must be one of ${LANGUAGES.join(', ')}`);
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) throw new InvalidArgumentError(`--kind must be report or workplan`);
  return { ...(language === undefined ? {} : { language: language as Language }), ...(kind === undefined ? {} : { kind: kind as DocumentKind }) };
}

async function extractOne(file: string, overrides: { language?: Language; kind?: DocumentKind }) {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    writeErr(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return null;
  }
  // Loaded on use: the document readers (PDF, DOCX) are heavy and other commands never need them.
  const { ingestDocument } = await import('../../ingest/ingest-document.ts');
  const result = await ingestDocument(bytes, file, overrides);
  if (!result.ok) {
    writeErr(`${file}: ${result.message}`);
    return null;
  }
  return { result };
}

async function extractToJson(files: readonly string[], overrides: { language?: Language; kind?: DocumentKind }, outDir: string | undefined): Promise<void> {
  if (outDir !== undefined) await mkdir(outDir, { recursive: true });
  const { toSchemaJson } = await import('../../ingest/to-schema-json.ts');
  const progress = startProgress(files.length, 'reading');
  let failures = 0;
  for (const file of files) {
    const extraction = await extractOne(file, overrides);
    progress.tick();
    if (extraction === null) {
      failures++;
      continue;
    }
    const json = `${JSON.stringify(toSchemaJson(extraction.result.extraction), null, 2)}\n`;
    if (outDir === undefined) writeOut(json);
    else await writeFile(join(outDir, `${basename(file, extname(file))}.json`), json);
  }
  progress.stop();
  if (failures > 0) throw new AppError('unreadable_input', `${failures} of ${files.length} document(s) could not be read (see above)`);
}

/** A readable, unique batch id: the document's name and the moment it was read. */
function batchId(file: string): string {
  const stem = basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40);
  return `batch-${stem}-${Date.now().toString(36)}`;
}


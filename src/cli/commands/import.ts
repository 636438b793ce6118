import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError, isAppError } from '../../core/shared/app-error.ts';
import { SYSTEM_ACTOR } from '../../core/shared/actor.ts';
import { parseDatasetFile } from '../../contracts/parse-dataset-file.ts';
import { formatFileErrors, formatTable, writeErr, writeOut } from '../output.ts';
import { withServices, type Services } from '../services.ts';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('load a dataset file (JSON, as written by export); all or nothing: a file with any error changes nothing')
    .argument('<file>', 'dataset file in the mandate-tracker/dataset@1 format')
    .action(async (file: string) => {
      await withServices(async (services) => {
        const summary = await importFile(services, file);
        writeOut(formatTable(Object.entries(summary), [
          { header: 'records', value: ([section]) => section },
          { header: 'imported', value: ([, n]) => n, align: 'right' },
        ]));
      });
    });
}

/** Reads, validates and imports one file; every problem is reported with its path and line. */
export async function importFile(services: Services, file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('unreadable_input', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const parsed = parseDatasetFile(text);
  if (!parsed.ok) {
    writeErr(formatFileErrors(file, parsed.errors));
    throw new AppError('validation_failed', `${file}: ${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}; nothing was imported`);
  }
  try {
    return await services.datasets.importDataset(parsed.dataset, SYSTEM_ACTOR);
  } catch (error) {
    if (isAppError(error) && error.problems.length > 0) {
      writeErr(formatFileErrors(file, parsed.locateProblems(error.problems)));
      throw new AppError(error.code, `${file}: ${error.message}`);
    }
    throw error;
  }
}

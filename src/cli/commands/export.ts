import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DATASET_FORMAT } from '../../contracts/dataset-file.ts';
import type { Dataset } from '../../core/dataset/dataset.ts';
import { writeErr, writeOut } from '../output.ts';
import { withServices } from '../services.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write every record as one JSON dataset file (import reads it back unchanged)')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .action(async (options: { out?: string }) => {
      await withServices(async (services) => {
        const text = serialiseDataset(await services.datasets.exportDataset());
        if (options.out === undefined) {
          writeOut(text);
        } else {
          await writeFile(options.out, text);
          writeErr(`wrote ${options.out}`);
        }
      });
    });
}

export function serialiseDataset(dataset: Dataset): string {
  return `${JSON.stringify({ format: DATASET_FORMAT, ...dataset }, null, 2)}\n`;
}

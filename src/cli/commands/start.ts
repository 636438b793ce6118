import type { Command } from 'commander';
import { writeOut } from '../output.ts';
import { withServices } from '../services.ts';
import { importFile } from './import.ts';
import { DEMO_DATASET_FILE } from './demo.ts';
import { printCoverage } from './stats.ts';

/** The main job: a ready database with the demo data, and the coverage of the demo's year. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('set everything up: create the database, load the demo data, print the 2011 coverage summary')
    .action(async () => {
      await withServices(async (services) => {
        await importFile(services, DEMO_DATASET_FILE);
        writeOut(`Database: ${services.location} (demo data loaded)\n`);
        await printCoverage(services, { from: '2011-01-01', to: '2011-12-31' }, false);
      });
    });
}

import type { Command } from 'commander';
import { writeOut } from '../output.ts';
import { withServices } from '../services.ts';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create the database (or bring its schema up to date) and load the reference data')
    .action(async () => {
      await withServices(async (services) => {
        writeOut(`database ready: ${services.location}`);
      });
    });
}

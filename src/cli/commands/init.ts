import type { Command } from 'commander';
import { writeOut } from '../output.ts';
import { withServices } from '../services.ts';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create the database (or bring its schema up to date) and load the reference data')
    .action(async () => {
      const location = await withServices((services) => Promise.resolve(services.location));
      writeOut(`database ready: ${location}`);
    });
}

import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatTable, writeOut } from '../output.ts';
import { withServices } from '../services.ts';
import { importFile } from './import.ts';

/** The demo dataset: the facts of the sample reports and work plans, as our own records. */
export const DEMO_DATASET_FILE = fileURLToPath(new URL('../../demo/demo-dataset.json', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load the demo dataset (a 2011 Caribbean report, the CICTE 2012 work plan, a 2013-2015 catalogue); safe to run twice')
    .action(async () => {
      await withServices(async (services) => {
        const summary = await importFile(services, DEMO_DATASET_FILE);
        writeOut(`demo data loaded into ${services.location}`);
        writeOut(formatTable(Object.entries(summary), [
          { header: 'records', value: ([section]) => section },
          { header: 'loaded', value: ([, n]) => n, align: 'right' },
        ]));
      });
    });
}

// The `mandates` command line: one file per command under commands/, wired here; main.ts runs it.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { isAppError } from '../core/shared/app-error.ts';
import { registerDemo } from './commands/demo.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerInit } from './commands/init.ts';
import { registerList } from './commands/list.ts';
import { registerReview } from './commands/review.ts';
import { registerSearch } from './commands/search.ts';
import { registerShow } from './commands/show.ts';
import { registerStart } from './commands/start.ts';
import { registerStats } from './commands/stats.ts';
import { EXIT, EXIT_CODE_OF } from './exit-codes.ts';
import { writeErr } from './output.ts';

export function buildProgram(): Command {
  const program = new Command('mandates')
    .description('Mandates, work plans, activities and reports of a security secretariat.\nData folder: $MANDATES_DATA_DIR (default ./data/db); PostgreSQL instead when $DATABASE_URL is set.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of [registerStart, registerInit, registerDemo, registerImport, registerExport, registerList, registerShow, registerStats, registerSearch, registerIngest, registerReview]) {
    register(program);
  }
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InvalidArgumentError) {
      writeErr(`error: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof CommanderError) {
      // help and version exit through here with code 0; usage errors were already printed
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isAppError(error)) {
      writeErr(`error: ${error.message}`);
      return EXIT_CODE_OF[error.code];
    }
    writeErr(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.unexpected;
  }
}


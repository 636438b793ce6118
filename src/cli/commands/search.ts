import { InvalidArgumentError, type Command } from 'commander';
import { isLanguageCode } from '../../core/shared/localized-text.ts';
import { formatTable, writeOut } from '../output.ts';
import { withServices } from '../services.ts';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over activities, mandates, instruments and work-plan items, in EN/ES/FR/PT, accents optional')
    .argument('<words...>', 'what to look for, e.g. "securite portuaire" or "formación policial"')
    .option('--language <code>', 'search only the text in en, es, fr or pt (default: all four)')
    .option('--limit <n>', 'at most this many hits', '20')
    .option('--json', 'print the hits as JSON')
    .action(async (words: string[], options: { language?: string; limit: string; json?: boolean }) => {
      const language = options.language;
      if (language !== undefined && !isLanguageCode(language)) throw new InvalidArgumentError('--language must be en, es, fr or pt');
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new InvalidArgumentError(`--limit must be a positive whole number, not "${options.limit}"`);
      await withServices(async (services) => {
        const hits = await services.search.search(words.join(' '), { limit, ...(language === undefined ? {} : { language }) });
        if (options.json === true) {
          writeOut(JSON.stringify(hits, null, 2));
          return;
        }
        writeOut(hits.length === 0 ? 'No match.' : formatTable(hits, [
          { header: 'kind', value: (h) => h.entity.replace(/_/g, ' ') },
          { header: 'id', value: (h) => h.id },
          { header: 'title', value: (h) => (h.title.length > 70 ? `${h.title.slice(0, 69)}…` : h.title) },
        ]));
      });
    });
}

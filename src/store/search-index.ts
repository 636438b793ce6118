// Full-text search over activities, mandates, instruments and work-plan items. Documents and
// queries are both folded with unaccent, so "securite" meets "sécurité". Lexemes carry their
// language as a weight (migration 001): a search in one language keeps only that weight.
import { sql, type Kysely } from 'kysely';
import type { SearchHit, SearchIndex } from '../core/search/search-index.ts';
import type { LanguageCode } from '../core/shared/localized-text.ts';
import type { Database } from './database.ts';

const CONFIGS: Readonly<Record<LanguageCode, { readonly config: string; readonly weight: string }>> = {
  en: { config: 'english', weight: 'a' },
  es: { config: 'spanish', weight: 'b' },
  fr: { config: 'french', weight: 'c' },
  pt: { config: 'portuguese', weight: 'd' },
};

function queryFor(text: string, language: LanguageCode | undefined) {
  const parse = (l: LanguageCode) => sql`websearch_to_tsquery(${sql.lit(CONFIGS[l].config)}::regconfig, mt_unaccent(${text}))`;
  if (language !== undefined) return parse(language);
  return sql`(${parse('en')} || ${parse('es')} || ${parse('fr')} || ${parse('pt')})`;
}

export function createSearchIndex(db: Kysely<Database>): SearchIndex {
  return {
    async search(text, options) {
      if (text.trim() === '') return [];
      const language = options.language;
      const limit = options.limit ?? 20;
      const matches =
        language === undefined
          ? sql`search_vector @@ q.query`
          : sql`search_vector @@ q.query and ts_filter(search_vector, ${sql.lit(`{${CONFIGS[language].weight}}`)}::"char"[]) @@ q.query`;
      const pick = (column: string) =>
        language === undefined
          ? sql`coalesce(${sql.ref(column)}->>'en', ${sql.ref(column)}->>'es', ${sql.ref(column)}->>'fr', ${sql.ref(column)}->>'pt', '')`
          : sql`coalesce(${sql.ref(column)}->>${language}, ${sql.ref(column)}->>'en', ${sql.ref(column)}->>'es', ${sql.ref(column)}->>'fr', ${sql.ref(column)}->>'pt', '')`;
      const { rows } = await sql<SearchHit>`
        with q as (select ${queryFor(text, language)} as query)
        select * from (
          select 'activity' as entity, id, title, left(description, 200) as snippet, ts_rank(search_vector, q.query) as rank
            from activities, q where ${matches}
          union all
          select 'mandate', id, instrument || ' ' || paragraph, left(${pick('text')}, 200), ts_rank(search_vector, q.query)
            from mandates, q where ${matches}
          union all
          select 'instrument', id, symbol, left(${pick('title')}, 200), ts_rank(search_vector, q.query)
            from instruments, q where ${matches}
          union all
          select 'work_plan_item', id, code || ' ' || ${pick('title')}, '', ts_rank(search_vector, q.query)
            from work_plan_items, q where ${matches}
        ) hits
        order by rank desc, entity, id
        limit ${limit}`.execute(db);
      return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
    },
  };
}

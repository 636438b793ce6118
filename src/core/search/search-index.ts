import type { LanguageCode } from '../shared/localized-text.ts';

export interface SearchHit {
  readonly entity: 'activity' | 'mandate' | 'instrument' | 'work_plan_item';
  readonly id: string;
  readonly title: string;
  readonly snippet: string;
  readonly rank: number;
}

/** Full-text search in the four languages, accent-insensitive ("securite" finds "sécurité"). */
export interface SearchIndex {
  search(query: string, options: { readonly language?: LanguageCode; readonly limit?: number }): Promise<SearchHit[]>;
}

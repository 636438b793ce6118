// Accent-insensitive search in the four working languages. unaccent() is only STABLE (its
// dictionary could change), so generated columns and indexes go through an IMMUTABLE wrapper,
// the usual arrangement. The wrapper binds unaccent's own C entry point (one argument: the
// "unaccent" dictionary of its schema) rather than a SQL function calling unaccent(): a SQL
// wrapper over a STABLE function cannot be inlined and made loading eight times slower. Each language's lexemes carry their own weight (A en, B es, C fr,
// D pt), so one vector serves both "in this language" and "in any language".
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'create extension if not exists unaccent',
    'create extension if not exists pg_trgm',
    `create function mt_unaccent(text) returns text
       language c immutable parallel safe strict
       as '$libdir/unaccent', 'unaccent_dict'`,
    `create function mt_search_vector(en text, es text, fr text, pt text) returns tsvector
       language sql immutable parallel safe
       as $$
         select setweight(to_tsvector('english'::regconfig, mt_unaccent(coalesce(en, ''))), 'A')
             || setweight(to_tsvector('spanish'::regconfig, mt_unaccent(coalesce(es, ''))), 'B')
             || setweight(to_tsvector('french'::regconfig, mt_unaccent(coalesce(fr, ''))), 'C')
             || setweight(to_tsvector('portuguese'::regconfig, mt_unaccent(coalesce(pt, ''))), 'D')
       $$`,
    `create function mt_localized_vector(texts jsonb) returns tsvector
       language sql immutable parallel safe
       as $$ select mt_search_vector(texts->>'en', texts->>'es', texts->>'fr', texts->>'pt') $$`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop function mt_localized_vector(jsonb)',
    'drop function mt_search_vector(text, text, text, text)',
    'drop function mt_unaccent(text)',
  ]);
}

// Countries and organisations are reference data; instruments and their operative paragraphs
// (mandates) head the chain. Foreign keys are deferrable so an import can write records in any
// order inside its one transaction. `seq` keeps the order records were first written in, which
// is the order an export gives back.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table countries (
       iso3 text primary key check (iso3 ~ '^[A-Z]{3}$'),
       iso2 text not null,
       names jsonb not null,
       aliases jsonb not null default '[]',
       is_oas_member boolean not null,
       subregion text not null,
       is_caricom boolean not null default false
     )`,
    `create table organisations (
       acronym text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       names jsonb not null default '{}',
       type text not null,
       parent text references organisations (acronym) deferrable initially immediate
     )`,
    `create table instruments (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       symbol text not null unique,
       kind text not null,
       body text not null,
       title jsonb not null default '{}',
       year integer,
       adopted_on text,
       search_vector tsvector generated always as (mt_localized_vector(title) || to_tsvector('simple', symbol)) stored
     )`,
    'create index instruments_search on instruments using gin (search_vector)',
    `create table mandates (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       instrument text not null references instruments (symbol) on update cascade deferrable initially immediate,
       paragraph text not null,
       text jsonb not null default '{}',
       renews_instrument text,
       renews_paragraph text,
       units text[] not null default '{}',
       search_vector tsvector generated always as (mt_localized_vector(text)) stored,
       unique (instrument, paragraph)
     )`,
    'create index mandates_renews on mandates (renews_instrument, renews_paragraph)',
    'create index mandates_search on mandates using gin (search_vector)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['drop table mandates', 'drop table instruments', 'drop table organisations', 'drop table countries']);
}

// An activity is read back whole far more often than it is written: every list, page and export
// returns full records. Building each from six columns (json_build_object, arrays turned to
// JSON) cost more server time than finding the rows. The record is now kept as written, in the
// shape of the domain's Activity, in one json column (json, not jsonb: never queried inside, and
// json only checks the text where jsonb would parse it into a tree on every write). The columns
// that questions are asked of stay beside it, derived on write as before.
// The search vector of an activity whose language is known is now built in that language only:
// the earlier expression ran all four dictionaries' machinery (three of them over empty text).
// Questions by country over a period use country-year keys (country-year-keys.ts, where the rule
// is; COUNTRY_YEARS below is the same rule for the rows already stored), indexed in place of the
// plain country keys.
// The longest stored duration, which bounds every period question, was read from an index on
// (ends_on - starts_on): a B-tree of a few hundred distinct values over every row, a tenth of a
// bulk load's server time. It is now one row kept by the statement triggers that keep
// coverage_facts: raised when a write brings a longer activity, never lowered (a bound too large
// only widens the range scanned; one too small would lose rows).
import type { Kysely } from 'kysely';
import { LONG_SPAN_YEARS } from '../country-year-keys.ts';
import { runStatements } from './run-statements.ts';

const RECORD_OF_COLUMNS = `json_build_object(
  'id', id, 'version', version, 'title', title, 'description', description, 'type', type, 'status', status,
  'dates', json_build_object('start', start_date, 'end', end_date),
  'venues', venues, 'participatingCountries', to_json(participating_countries), 'participants', participants,
  'parties', parties, 'mandates', mandates, 'plannedOutputIds', to_json(planned_output_ids), 'source', source,
  'isPublished', is_published)`;

const BODY = "title || ' ' || description";
const COUNTRY_YEARS = `case
  when starts_on is null or ends_on is null then '{}'::text[]
  when extract(year from ends_on) - extract(year from starts_on) + 1 > ${LONG_SPAN_YEARS}
    then array(select k.code || '@*' from unnest(country_keys) with ordinality as k(code, n) order by k.n)
  else array(
    select k.code || '@' || y.year
    from unnest(country_keys) with ordinality as k(code, n),
         generate_series(extract(year from starts_on)::int, extract(year from ends_on)::int) as y(year)
    order by k.n, y.year)
  end`;
const FACT_COLUMNS = 'activity_id, starts_on, ends_on, start_date, mandate_keys, participation_countries, participants_total, planned_output_ids';
const FACTS_OF = (table: string) => `
  select id, starts_on, ends_on, start_date, mandate_keys, participation_countries, participants_total, planned_output_ids
  from ${table}
  where status <> 'cancelled' and starts_on is not null and ends_on is not null`;
/**
 * Coverage facts from the new rows, and the span bound raised from them, in one read of the
 * transition table: it holds the whole wide rows (record, search vector) and spills to disk, so
 * each further read of it cost as much as the insert itself. Cancelled and undated rows count
 * for the bound (lists show them) but are no coverage facts.
 */
const INSERT_FACTS_AND_RAISE_BOUND = `
  with new_rows as materialized (
    select ${FACT_COLUMNS.replace('activity_id', 'id')}, status, ends_on - starts_on as days from new_activities
  ),
  facts as (
    insert into coverage_facts (${FACT_COLUMNS})
    select ${FACT_COLUMNS.replace('activity_id', 'id')} from new_rows
    where status <> 'cancelled' and starts_on is not null and ends_on is not null
  )
  update activity_span_bound b set max_days = n.days
  from (select max(days) as days from new_rows) n
  where n.days > b.max_days`;

/** The trigger functions of migration 007, with or without keeping the span bound. */
function coverageTriggerFunctions(keepSpanBound: boolean): string[] {
  const insertNew = keepSpanBound ? INSERT_FACTS_AND_RAISE_BOUND : `insert into coverage_facts (${FACT_COLUMNS}) ${FACTS_OF('new_activities')}`;
  return [
    `create or replace function mt_coverage_facts_insert() returns trigger language plpgsql as $$
       begin
         ${insertNew};
         return null;
       end $$`,
    `create or replace function mt_coverage_facts_update() returns trigger language plpgsql as $$
       begin
         delete from coverage_facts f using old_activities o where f.activity_id = o.id;
         ${insertNew};
         return null;
       end $$`,
    `create or replace function mt_coverage_facts_truncate() returns trigger language plpgsql as $$
       begin
         truncate coverage_facts;
         ${keepSpanBound ? 'update activity_span_bound set max_days = 0;' : ''}
         return null;
       end $$`,
  ];
}

/** A larger pending list lets bulk loads merge GIN entries in big sorted runs (as in migration 004). */
function ginIndex(name: string, column: string): string {
  return `create index ${name} on activities using gin (${column}) with (gin_pending_list_limit = 16384)`;
}
const SEARCH_INDEX = ginIndex('activities_search', 'search_vector');

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create function mt_search_vector_in(language text, body text) returns tsvector
       language sql immutable parallel safe
       as $$
         select case language
           when 'en' then setweight(to_tsvector('english'::regconfig, mt_unaccent(body)), 'A')
           when 'es' then setweight(to_tsvector('spanish'::regconfig, mt_unaccent(body)), 'B')
           when 'fr' then setweight(to_tsvector('french'::regconfig, mt_unaccent(body)), 'C')
           when 'pt' then setweight(to_tsvector('portuguese'::regconfig, mt_unaccent(body)), 'D')
           else mt_search_vector(body, body, body, body)
         end
       $$`,
    `create table activity_span_bound (
       only_row boolean primary key default true check (only_row),
       max_days integer not null
     )`,
    'insert into activity_span_bound (max_days) select coalesce(max(ends_on - starts_on), 0) from activities',
    ...coverageTriggerFunctions(true),
    // Both new columns in one pass over the rows (each update rewrites every row and fires the
    // coverage trigger); the search vector is replaced last, once the rows are final.
    'alter table activities add column country_years text[], add column record json',
    `update activities set country_years = ${COUNTRY_YEARS}, record = ${RECORD_OF_COLUMNS}`,
    `alter table activities
       alter column country_years set not null, alter column country_years set default '{}',
       alter column record set not null,
       drop column venues, drop column participating_countries, drop column participants,
       drop column parties, drop column mandates, drop column source`,
    'drop index activities_country_keys',
    'drop index activities_duration',
    ginIndex('activities_country_years', 'country_years'),
    'alter table activities drop column search_vector',
    `alter table activities add column search_vector tsvector generated always as (mt_search_vector_in(language, ${BODY})) stored`,
    SEARCH_INDEX,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'create index activities_duration on activities ((ends_on - starts_on))',
    ...coverageTriggerFunctions(false),
    'drop table activity_span_bound',
    ginIndex('activities_country_keys', 'country_keys'),
    'alter table activities drop column country_years',
    `alter table activities
       add column venues jsonb not null default '[]', add column participating_countries text[] not null default '{}',
       add column participants jsonb, add column parties jsonb not null default '[]',
       add column mandates jsonb not null default '[]', add column source jsonb`,
    `update activities set
       venues = (record->'venues')::jsonb,
       participating_countries = array(select json_array_elements_text(record->'participatingCountries')),
       participants = nullif((record->'participants')::jsonb, 'null'::jsonb),
       parties = (record->'parties')::jsonb,
       mandates = (record->'mandates')::jsonb,
       source = nullif((record->'source')::jsonb, 'null'::jsonb)`,
    'alter table activities drop column record',
    'alter table activities drop column search_vector',
    `alter table activities add column search_vector tsvector generated always as (mt_search_vector(
       case when language is null or language = 'en' then ${BODY} end,
       case when language is null or language = 'es' then ${BODY} end,
       case when language is null or language = 'fr' then ${BODY} end,
       case when language is null or language = 'pt' then ${BODY} end
     )) stored`,
    SEARCH_INDEX,
    'drop function mt_search_vector_in(text, text)',
  ]);
}

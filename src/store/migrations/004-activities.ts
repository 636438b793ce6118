// Activities are the large table (the benchmark holds a million), so the questions asked of it
// are answered from columns derived on write rather than from join tables:
// - starts_on / ends_on: the first and last calendar day the (partial) dates may cover, with a
//   B-tree on both; "touches this period" scans starts_on from the period's start minus the
//   longest stored duration (a second index answers that maximum at once). A GiST index on a
//   daterange answered the same question but made loading several times slower;
// - country_keys (venue or participating country) and participation_countries (the states that
//   took part; the venue's when none is listed) as text arrays with GIN;
// - mandate_keys ("symbol#paragraph") so coverage unnests one column instead of joining;
// - participants_total, the best known head count.
// The full records (venues, parties, counts) stay as JSON beside them for lossless export.
// References inside arrays cannot carry foreign keys; the stores check them on every write.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

const TEXT = "title || ' ' || description";

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table activities (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       title text not null,
       description text not null default '',
       type text not null,
       status text not null check (status in ('planned', 'ongoing', 'done', 'cancelled')),
       start_date text,
       end_date text,
       starts_on date,
       ends_on date check (ends_on >= starts_on),
       venues jsonb not null default '[]',
       participating_countries text[] not null default '{}',
       country_keys text[] not null default '{}',
       participation_countries text[] not null default '{}',
       participants jsonb,
       participants_total integer,
       parties jsonb not null default '[]',
       units text[] not null default '{}',
       mandates jsonb not null default '[]',
       mandate_keys text[] not null default '{}',
       planned_output_ids text[] not null default '{}',
       source jsonb,
       is_published boolean not null default false,
       language text check (language in ('en', 'es', 'fr', 'pt')),
       search_vector tsvector generated always as (mt_search_vector(
         case when language is null or language = 'en' then ${TEXT} end,
         case when language is null or language = 'es' then ${TEXT} end,
         case when language is null or language = 'fr' then ${TEXT} end,
         case when language is null or language = 'pt' then ${TEXT} end
       )) stored
     )`,
    'create index activities_days on activities (starts_on, ends_on)',
    'create index activities_duration on activities ((ends_on - starts_on))',
    // A larger pending list lets bulk loads merge GIN entries in big sorted runs.
    'create index activities_country_keys on activities using gin (country_keys) with (gin_pending_list_limit = 16384)',
    'create index activities_mandate_keys on activities using gin (mandate_keys) with (gin_pending_list_limit = 16384)',
    'create index activities_search on activities using gin (search_vector) with (gin_pending_list_limit = 16384)',
    `create table follow_ups (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       activity_id text not null references activities (id) deferrable initially immediate,
       observed_on text not null,
       country text references countries (iso3) deferrable initially immediate,
       statement text not null,
       evidence text,
       level text not null check (level in ('reaction', 'learning', 'behaviour', 'results'))
     )`,
    'create index follow_ups_activity on follow_ups (activity_id)',
    `create table assistance_requests (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       country text not null references countries (iso3) deferrable initially immediate,
       subject text not null,
       received_on text not null,
       status text not null
     )`,
    `create table assistance_request_activities (
       request_id text not null references assistance_requests (id) on delete cascade deferrable initially immediate,
       activity_id text not null references activities (id) deferrable initially immediate,
       position integer not null,
       primary key (request_id, activity_id)
     )`,
    'create index assistance_request_activities_activity on assistance_request_activities (activity_id)',
    `create table focal_points (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       name text not null,
       country text not null references countries (iso3) deferrable initially immediate,
       organisation text references organisations (acronym) deferrable initially immediate,
       network text not null,
       role text,
       email text,
       visibility text not null check (visibility in ('public', 'members', 'secretariat'))
     )`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop table focal_points',
    'drop table assistance_request_activities',
    'drop table assistance_requests',
    'drop table follow_ups',
    'drop table activities',
  ]);
}

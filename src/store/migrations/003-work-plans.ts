// The work-plan tree domain → programme → project, and the planned outputs of its projects.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table work_plans (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       symbol text,
       unit text not null references organisations (acronym) deferrable initially immediate,
       title jsonb not null default '{}',
       period_start text not null,
       period_end text not null
     )`,
    `create table work_plan_items (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       work_plan_id text not null references work_plans (id) on delete cascade deferrable initially immediate,
       parent_id text references work_plan_items (id) on delete cascade deferrable initially immediate,
       level text not null check (level in ('domain', 'programme', 'project')),
       code text not null,
       title jsonb not null default '{}',
       mandates jsonb not null default '[]',
       objectives jsonb not null default '[]',
       search_vector tsvector generated always as (mt_localized_vector(title)) stored
     )`,
    'create index work_plan_items_plan on work_plan_items (work_plan_id)',
    'create index work_plan_items_parent on work_plan_items (parent_id)',
    'create index work_plan_items_search on work_plan_items using gin (search_vector)',
    `create table planned_outputs (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       item_id text not null references work_plan_items (id) on delete cascade deferrable initially immediate,
       description jsonb not null default '{}',
       target jsonb not null
     )`,
    'create index planned_outputs_item on planned_outputs (item_id)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['drop table planned_outputs', 'drop table work_plan_items', 'drop table work_plans']);
}

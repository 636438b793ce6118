// The coverage questions read a few fields of the tens of thousands of activities that touch a
// semester. Read from the activities table they drag every wide row (JSON records, search
// vector) through memory: at 1M activities ~11,000 heap pages per semester. coverage_facts holds
// just those fields, one narrow row per activity that coverage counts (dated, not cancelled), so
// a semester is a few hundred pages.
// Statement-level triggers with transition tables keep it in step with every writer (the stores,
// dataset import, review, COPY) in the same transaction, one set-based statement per write
// rather than one call per row, so a bulk COPY pays a single INSERT…SELECT.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

const FACT_COLUMNS = 'activity_id, starts_on, ends_on, start_date, mandate_keys, participation_countries, participants_total, planned_output_ids';
const FACTS_OF = (table: string) => `
  select id, starts_on, ends_on, start_date, mandate_keys, participation_countries, participants_total, planned_output_ids
  from ${table}
  where status <> 'cancelled' and starts_on is not null and ends_on is not null`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table coverage_facts (
       activity_id text primary key,
       starts_on date not null,
       ends_on date not null,
       start_date text,
       mandate_keys text[] not null,
       participation_countries text[] not null,
       participants_total integer,
       planned_output_ids text[] not null
     )`,
    'create index coverage_facts_days on coverage_facts (starts_on, ends_on)',
    `insert into coverage_facts (${FACT_COLUMNS}) ${FACTS_OF('activities')}`,
    `create function mt_coverage_facts_insert() returns trigger language plpgsql as $$
       begin
         insert into coverage_facts (${FACT_COLUMNS}) ${FACTS_OF('new_activities')};
         return null;
       end $$`,
    `create function mt_coverage_facts_update() returns trigger language plpgsql as $$
       begin
         delete from coverage_facts f using old_activities o where f.activity_id = o.id;
         insert into coverage_facts (${FACT_COLUMNS}) ${FACTS_OF('new_activities')};
         return null;
       end $$`,
    `create function mt_coverage_facts_delete() returns trigger language plpgsql as $$
       begin
         delete from coverage_facts f using old_activities o where f.activity_id = o.id;
         return null;
       end $$`,
    // A trigger with transition tables may have only one event, hence three.
    `create trigger activities_coverage_insert after insert on activities
       referencing new table as new_activities for each statement execute function mt_coverage_facts_insert()`,
    `create trigger activities_coverage_update after update on activities
       referencing old table as old_activities new table as new_activities for each statement execute function mt_coverage_facts_update()`,
    `create trigger activities_coverage_delete after delete on activities
       referencing old table as old_activities for each statement execute function mt_coverage_facts_delete()`,
    // A truncate has no transition table; it empties the facts with it.
    `create function mt_coverage_facts_truncate() returns trigger language plpgsql as $$
       begin
         truncate coverage_facts;
         return null;
       end $$`,
    `create trigger activities_coverage_truncate after truncate on activities
       for each statement execute function mt_coverage_facts_truncate()`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'drop trigger activities_coverage_truncate on activities',
    'drop trigger activities_coverage_delete on activities',
    'drop trigger activities_coverage_update on activities',
    'drop trigger activities_coverage_insert on activities',
    'drop function mt_coverage_facts_truncate()',
    'drop function mt_coverage_facts_delete()',
    'drop function mt_coverage_facts_update()',
    'drop function mt_coverage_facts_insert()',
    'drop table coverage_facts',
  ]);
}

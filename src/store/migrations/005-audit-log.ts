// The audit log is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, so not even a
// bug in our own code can rewrite history. No down migration: dropping history is not undoable.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table audit_log (
       id bigint generated always as identity primary key,
       at timestamptz not null default now(),
       actor text not null,
       action text not null,
       entity text not null,
       entity_id text not null,
       before jsonb,
       after jsonb
     )`,
    'create index audit_log_entity on audit_log (entity, entity_id, id)',
    `create function mt_refuse_audit_change() returns trigger language plpgsql as $$
       begin
         raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'P0001';
       end
     $$`,
    `create trigger audit_log_append_only before update or delete on audit_log
       for each row execute function mt_refuse_audit_change()`,
    `create trigger audit_log_no_truncate before truncate on audit_log
       for each statement execute function mt_refuse_audit_change()`,
  ]);
}

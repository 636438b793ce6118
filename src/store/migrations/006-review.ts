// An ingested document becomes a review batch of candidate records, each with the passage it
// came from and a confidence, waiting for a person to accept, correct or reject it.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table review_batches (
       id text primary key,
       seq bigint generated always as identity,
       version integer not null default 1,
       document text not null,
       language text check (language in ('en', 'es', 'fr', 'pt')),
       kind text not null,
       created_at timestamptz not null default now(),
       created_by text not null
     )`,
    `create table review_candidates (
       id text primary key,
       version integer not null default 1,
       batch_id text not null references review_batches (id) on delete cascade,
       position integer not null,
       entity text not null default 'activity',
       proposed jsonb not null,
       corrected jsonb,
       span_start integer not null,
       span_end integer not null check (span_end >= span_start),
       excerpt text not null,
       confidence real not null check (confidence >= 0 and confidence <= 1),
       state text not null default 'pending' check (state in ('pending', 'accepted', 'corrected', 'rejected')),
       decided_by text,
       decided_at timestamptz,
       unique (batch_id, position)
     )`,
    'create index review_candidates_state on review_candidates (batch_id, state)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['drop table review_candidates', 'drop table review_batches']);
}

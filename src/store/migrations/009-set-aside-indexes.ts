// A bulk load into a table it will at least double drops the table's GIN indexes and builds them
// again at its end: one sorted build costs a fraction of a million entries inserted one by one
// (at a million activities, 3 s against 10 s of server time). Each dropped index's definition,
// as the catalogue gave it, is kept here until it is rebuilt, so a load that dies half-way
// leaves a record from which the next start puts the indexes back (set-aside-indexes.ts).
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table set_aside_indexes (
       name text primary key,
       definition text not null,
       set_aside_at timestamptz not null default now()
     )`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Whatever is still set aside is built before its record goes.
  await runStatements(db, [
    `do $$
       declare pending record;
       begin
         for pending in select definition from set_aside_indexes loop
           execute pending.definition;
         end loop;
       end $$`,
    'drop table set_aside_indexes',
  ]);
}

// The aggregate questions, each one statement over the derived columns of activities (see
// migration 004): the period test is a B-tree range on starts_on, and the arrays are unnested in
// place instead of joined. Cancelled activities cover nothing. Keys are compared under the "C"
// collation: codes and ISO dates need no linguistic order, and byte comparison is much cheaper
// (several times so on PGlite).
import { sql, type Kysely, type Transaction } from 'kysely';
import { boundPeriod, touchesPeriodSql } from './activity-filter.ts';
import type { CountryParticipationRow, CountryProgrammeCell, CoverageQueries, MandateCoverageRow } from '../core/coverage/coverage-queries.ts';
import type { Database } from './database.ts';

/**
 * Each question reads a few tens of thousands of rows. At 1M activities the planner's cost
 * estimate crossed PostgreSQL's JIT thresholds, and compiling the plan took seconds (3.9 s of JIT
 * for ~0.3 s of work in EXPLAIN ANALYZE); parallel workers likewise cost more to start than they
 * saved. So: no JIT and serial plans, for this transaction only.
 */
function withShortQuerySettings<T>(db: Kysely<Database>, run: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local jit = off`.execute(trx);
    await sql`set local max_parallel_workers_per_gather = 0`.execute(trx);
    return run(trx);
  });
}

export function createCoverageQueries(db: Kysely<Database>): CoverageQueries {
  return {
    mandateCoverage: (period) => withShortQuerySettings(db, async (trx) => {
      const bounds = await boundPeriod(trx, period);
      const { rows } = await sql<MandateCoverageRow>`
        with hits as (
          select k.key collate "C" as key, count(*)::int as activity_count, max(a.start_date collate "C") as last_start
          from activities a cross join lateral unnest(a.mandate_keys) as k(key)
          where ${touchesPeriodSql(bounds, 'a')} and a.status <> 'cancelled'
          group by 1
        )
        select m.instrument, m.paragraph,
               coalesce(h.activity_count, 0) as "activityCount",
               h.last_start as "lastActivityStart"
        from mandates m
        left join hits h on h.key = (m.instrument || '#' || m.paragraph) collate "C"
        order by m.seq`.execute(trx);
      return rows;
    }),

    participationByCountry: (period) => withShortQuerySettings(db, async (trx) => {
      const bounds = await boundPeriod(trx, period);
      // A report rarely splits a regional course's head count by state: each participating
      // state is credited an equal share, so the shares add up to the real total.
      const { rows } = await sql<CountryParticipationRow>`
        select c.country collate "C" as country,
               count(*)::int as "activityCount",
               round(coalesce(sum(a.participants_total::float8 / cardinality(a.participation_countries)), 0))::int as participants
        from activities a cross join lateral unnest(a.participation_countries) as c(country)
        where ${touchesPeriodSql(bounds, 'a')} and a.status <> 'cancelled'
        group by 1
        order by 1`.execute(trx);
      return rows;
    }),

    countryProgrammeMatrix: (period) => withShortQuerySettings(db, async (trx) => {
      const bounds = await boundPeriod(trx, period);
      // An output belongs to a project (or directly to a programme); its programme is the
      // project's parent. An activity counts once per programme however many outputs it serves.
      const { rows } = await sql<CountryProgrammeCell>`
        with output_programme as (
          select po.id as output_id, programme.id as programme_id, programme.code as programme_code
          from planned_outputs po
          join work_plan_items item on item.id = po.item_id
          left join work_plan_items parent on parent.id = item.parent_id
          join work_plan_items programme
            on programme.id = case when item.level = 'programme' then item.id else parent.id end
           and programme.level = 'programme'
        ),
        activity_programme as (
          select distinct a.id, a.participation_countries, a.participants_total, op.programme_id, op.programme_code
          from activities a
          cross join lateral unnest(a.planned_output_ids) as o(output_id)
          join output_programme op on op.output_id = o.output_id
          where ${touchesPeriodSql(bounds, 'a')} and a.status <> 'cancelled'
        )
        select c.country collate "C" as country, ap.programme_id collate "C" as "programmeId", ap.programme_code collate "C" as "programmeCode",
               count(*)::int as "activityCount",
               round(coalesce(sum(ap.participants_total::float8 / cardinality(ap.participation_countries)), 0))::int as participants
        from activity_programme ap cross join lateral unnest(ap.participation_countries) as c(country)
        group by 1, 2, 3
        order by 1, 3`.execute(trx);
      return rows;
    }),
  };
}

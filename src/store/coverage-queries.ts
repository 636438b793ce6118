// The aggregate questions, each one statement over coverage_facts, the narrow copy of what
// coverage reads from each dated, not cancelled activity (migration 007): the period test is a
// B-tree range on starts_on, and the arrays are unnested in place instead of joined. Where rows
// hold many different arrays (participating states), the unnest sits in the select list: a
// lateral unnest in FROM fills a tuple store per row (its cache helps only with few distinct
// arrays, as for mandate keys) and cost 1.6 times as much at 1M activities. Keys are compared
// under the "C" collation: codes and ISO dates need no linguistic order, and byte comparison is
// much cheaper (several times so on PGlite).
import { sql, type Kysely } from 'kysely';
import { boundPeriod, touchesPeriodSql } from './activity-filter.ts';
import type { CountryParticipationRow, CountryProgrammeCell, CoverageQueries, MandateCoverageRow } from '../core/coverage/coverage-queries.ts';
import type { Database } from './database.ts';
import { withShortQuerySettings } from './short-query-settings.ts';

// Each participating state is credited an equal share of an activity's head count. Summed as
// floats, a state's shares could land a hair off an exact half and round to one person more or
// less than the report says. So head counts are first summed as integers per number of states
// sharing them (a cheap extra group key), and each state's few sums are then added exactly as
// whole multiples of 1/SHARE_DENOMINATOR, the least common multiple of 1…35: any count split
// among up to 35 states (the OAS members) is a whole number of those. Rounded once, half up.
const SHARE_DENOMINATOR = 144_403_552_893_600;

/** People credited from rows grouped by number of states (`states`) holding summed head counts (`people`). */
const CREDITED_PEOPLE = sql.raw(
  `round(coalesce(sum(people::numeric * ${SHARE_DENOMINATOR} / states), 0)::numeric(60, 30) / ${SHARE_DENOMINATOR})::int`,
);

export function createCoverageQueries(db: Kysely<Database>): CoverageQueries {
  return {
    mandateCoverage: (period) => withShortQuerySettings(db, async (trx) => {
      const bounds = await boundPeriod(trx, period);
      const { rows } = await sql<MandateCoverageRow>`
        with hits as (
          select k.key collate "C" as key, count(*)::int as activity_count, max(a.start_date collate "C") as last_start
          from coverage_facts a cross join lateral unnest(a.mandate_keys) as k(key)
          where ${touchesPeriodSql(bounds, 'a')}
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
      // state is credited an equal share, so the shares add up to the real total (see SHARE_DENOMINATOR).
      const { rows } = await sql<CountryParticipationRow>`
        select country, sum(activity_count)::int as "activityCount", ${CREDITED_PEOPLE} as participants
        from (
          select s.country, s.states, count(*) as activity_count, sum(s.people) as people
          from (
            select unnest(a.participation_countries) collate "C" as country, cardinality(a.participation_countries) as states, a.participants_total as people
            from coverage_facts a
            where ${touchesPeriodSql(bounds, 'a')}
          ) s
          group by 1, 2
        ) by_share
        group by 1
        order by 1`.execute(trx);
      return rows;
    }),

    countryProgrammeMatrix: (period) => withShortQuerySettings(db, async (trx) => {
      const bounds = await boundPeriod(trx, period);
      // An output belongs to a project (or directly to a programme); its programme is the
      // project's parent. An activity counts once per programme however many outputs it serves: the
      // distinct is taken within each activity's own outputs, a few rows, not over the whole period.
      const { rows } = await sql<CountryProgrammeCell>`
        with output_programme as (
          select po.id as output_id, programme.id as programme_id
          from planned_outputs po
          join work_plan_items item on item.id = po.item_id
          left join work_plan_items parent on parent.id = item.parent_id
          join work_plan_items programme
            on programme.id = case when item.level = 'programme' then item.id else parent.id end
           and programme.level = 'programme'
        ),
        activity_programme as (
          select a.participation_countries, a.participants_total, p.programme_id
          from coverage_facts a
          cross join lateral (
            select distinct op.programme_id
            from unnest(a.planned_output_ids) as o(output_id)
            join output_programme op on op.output_id = o.output_id
          ) p
          where ${touchesPeriodSql(bounds, 'a')}
        ),
        -- Grouped by country and programme id (and number of states, for the shares) only: the
        -- hash of a third text column over every unnested row cost a fifth of the query; the few
        -- hundred cells get their codes after.
        by_share as (
          select s.country, s.programme_id, s.states, count(*) as activity_count, sum(s.people) as people
          from (
            select unnest(ap.participation_countries) collate "C" as country, cardinality(ap.participation_countries) as states,
                   ap.participants_total as people, ap.programme_id collate "C" as programme_id
            from activity_programme ap
          ) s
          group by 1, 2, 3
        ),
        cells as (
          select country, programme_id, sum(activity_count)::int as activity_count, ${CREDITED_PEOPLE} as participants
          from by_share
          group by 1, 2
        )
        select c.country, c.programme_id as "programmeId", programme.code collate "C" as "programmeCode",
               c.activity_count as "activityCount", c.participants
        from cells c
        join work_plan_items programme on programme.id = c.programme_id
        order by 1, 3, 2`.execute(trx);
      return rows;
    }),
  };
}

import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { ActivityFilter, Period } from '../core/activities/activity-store.ts';
import { mandateKey } from '../core/mandates/mandate.ts';
import { countryYearQuery } from './country-year-keys.ts';
import type { Database } from './database.ts';

/** A period and the earliest start an activity touching it can have. */
export interface PeriodBounds {
  readonly from: string;
  readonly to: string;
  readonly earliestStart: string;
}

/**
 * An activity that touches [from, to] started at most "the longest stored duration" before
 * `from`. Asking for that bound first (one row the writes keep, migration 008) turns the period
 * test into a bounded range on starts_on, with constants the planner can estimate.
 */
export async function boundPeriod(db: Kysely<Database>, period: Period): Promise<PeriodBounds> {
  const { days } = await db.selectFrom('activity_span_bound').select('max_days as days').executeTakeFirstOrThrow();
  const [year, month, day] = period.from.split('-').map(Number) as [number, number, number];
  const earliest = new Date(Date.UTC(year, month - 1, day) - days * 86_400_000);
  return { from: period.from, to: period.to, earliestStart: earliest.toISOString().slice(0, 10) };
}

/** "May touch the period": the activity's possible days overlap it. */
export function touchesPeriodSql(bounds: PeriodBounds, alias = 'activities') {
  const starts = sql.ref(`${alias}.starts_on`);
  const ends = sql.ref(`${alias}.ends_on`);
  return sql<boolean>`(${starts} between ${bounds.earliestStart}::date and ${bounds.to}::date and ${ends} >= ${bounds.from}::date)`;
}

/** Applies a filter; a period needs its bounds, from boundPeriod, passed beside it. */
export function applyActivityFilter<O>(
  query: SelectQueryBuilder<Database, 'activities', O>,
  filter: ActivityFilter,
  bounds: PeriodBounds | null,
): SelectQueryBuilder<Database, 'activities', O> {
  let q = query;
  const country = filter.country;
  if (country !== undefined) {
    // Over a period the country-year keys' index answers; without one, the plain column is read
    // (a page in date order finds its rows at once; a full list of every year is long anyway).
    q = bounds === null
      ? q.where(sql<boolean>`country_keys @> array[${country}]::text[]`)
      : q.where(sql<boolean>`country_years && array[${sql.join(countryYearQuery(country, bounds.from, bounds.to))}]::text[]`);
  }
  if (bounds !== null) q = q.where(touchesPeriodSql(bounds));
  if (filter.type !== undefined) q = q.where('type', '=', filter.type);
  if (filter.unit !== undefined) q = q.where(sql<boolean>`units @> array[${filter.unit}]::text[]`);
  if (filter.isPublished !== undefined) q = q.where('is_published', '=', filter.isPublished);
  const mandate = filter.mandate;
  if (mandate !== undefined) {
    q =
      mandate.paragraph === null
        ? // A whole instrument: any of its paragraphs, or the instrument cited as such.
          q.where(sql<boolean>`exists (select 1 from unnest(mandate_keys) as k(key) where k.key like ${`${mandate.instrument.replace(/[\\%_]/g, '\\$&')}#%`})`)
        : q.where(sql<boolean>`mandate_keys @> array[${mandateKey(mandate)}]::text[]`);
  }
  return q;
}

import { sql, type SelectQueryBuilder } from 'kysely';
import type { ActivityFilter, Period } from '../core/activities/activity-store.ts';
import { mandateKey } from '../core/mandates/mandate.ts';
import type { Database } from './database.ts';

/**
 * "May touch the period": the activity's possible days overlap it. The third condition follows
 * from the first two and bounds the index range scan on starts_on.
 */
export function touchesPeriodSql(period: Period, alias = 'activities') {
  const starts = sql.ref(`${alias}.starts_on`);
  const ends = sql.ref(`${alias}.ends_on`);
  return sql<boolean>`(${starts} <= ${period.to}::date and ${ends} >= ${period.from}::date
    and ${starts} >= ${period.from}::date - (select coalesce(max(ends_on - starts_on), 0) from activities))`;
}

export function applyActivityFilter<O>(
  query: SelectQueryBuilder<Database, 'activities', O>,
  filter: ActivityFilter,
): SelectQueryBuilder<Database, 'activities', O> {
  let q = query;
  if (filter.country !== undefined) q = q.where(sql<boolean>`country_keys @> array[${filter.country}]::text[]`);
  if (filter.period !== undefined) q = q.where(touchesPeriodSql(filter.period));
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

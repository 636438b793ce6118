import { sql, type Kysely } from 'kysely';
import type { Activity } from '../core/activities/activity.ts';
import { validateActivity } from '../core/activities/validate-activity.ts';
import { mandateKey } from '../core/mandates/mandate.ts';
import type { Problem } from '../core/shared/problem.ts';
import type { Database } from './database.ts';

/**
 * An activity's own rules, with its references resolved against what is stored. The arrays of
 * an activity row cannot carry foreign keys, so every write goes through this.
 */
export async function checkActivity(db: Kysely<Database>, activity: Activity): Promise<Problem[]> {
  const codes = [...new Set([...activity.venues.map((v) => v.country), ...activity.participatingCountries, ...activity.parties.map((p) => p.ref)])];
  const refs = activity.mandates;
  const [countries, organisations, mandates, instruments, outputs] = await Promise.all([
    codes.length === 0 ? [] : db.selectFrom('countries').select('iso3 as key').where('iso3', 'in', codes).execute(),
    codes.length === 0 ? [] : db.selectFrom('organisations').select('acronym as key').where('acronym', 'in', codes).execute(),
    refs.length === 0
      ? []
      : db
          .selectFrom('mandates')
          .select(sql<string>`instrument || '#' || paragraph`.as('key'))
          .where(sql<string>`instrument || '#' || paragraph`, 'in', refs.map(mandateKey))
          .execute(),
    refs.length === 0 ? [] : db.selectFrom('instruments').select('symbol as key').where('symbol', 'in', refs.map((r) => r.instrument)).execute(),
    activity.plannedOutputIds.length === 0 ? [] : db.selectFrom('planned_outputs').select('id as key').where('id', 'in', [...activity.plannedOutputIds]).execute(),
  ]);
  const known = (rows: readonly { key: string }[]) => new Set(rows.map((r) => r.key));
  const countrySet = known(countries);
  const organisationSet = known(organisations);
  const mandateSet = known(mandates);
  const instrumentSet = known(instruments);
  const outputSet = known(outputs);
  return validateActivity(activity, {
    isKnownCountry: (code) => countrySet.has(code),
    isKnownOrganisation: (acronym) => organisationSet.has(acronym),
    isKnownMandate: (instrument, paragraph) =>
      paragraph === null ? instrumentSet.has(instrument) : mandateSet.has(mandateKey({ instrument, paragraph })),
    isKnownPlannedOutput: (id) => outputSet.has(id),
  });
}

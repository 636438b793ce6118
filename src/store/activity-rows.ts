// Activity records ↔ table rows. The derived columns (first and last day, country and mandate keys, head
// count, implementing units, language) are computed here and only here, for every writer
// including the bulk loader, from the same core rules the rest of the system uses. Reads select
// the `record` column: an Activity as written here (or as migration 008 rebuilt it), parsed by
// readActivityRecord.
import type { Insertable } from 'kysely';
import type { Activity } from '../core/activities/activity.ts';
import { implementingUnits } from '../core/activities/activity.ts';
import { participantTotal } from '../core/activities/participants.ts';
import { mandateKey } from '../core/mandates/mandate.ts';
import { spanOf } from '../core/shared/partial-date.ts';
import { countryYearKeys } from './country-year-keys.ts';
import type { ActivitiesTable } from './database.ts';
import { guessLanguage } from './guess-language.ts';

export type ActivityRow = Insertable<ActivitiesTable>;

/** First occurrences in order. A row's lists hold a handful of values: a scan costs less than a Set. */
function unique(values: readonly string[]): string[] {
  const kept: string[] = [];
  for (const value of values) if (!kept.includes(value)) kept.push(value);
  return kept;
}

/**
 * The activity's own fields in a fixed order, for writing. Only the top level is picked: the
 * values below it are the domain's own plain objects, and copying them for every row of a bulk
 * load cost more than the rest of the row.
 */
function toStoredFields(activity: Activity): Activity {
  return {
    id: activity.id,
    version: activity.version,
    title: activity.title,
    description: activity.description,
    type: activity.type,
    status: activity.status,
    dates: activity.dates,
    venues: activity.venues,
    participatingCountries: activity.participatingCountries,
    participants: activity.participants,
    parties: activity.parties,
    mandates: activity.mandates,
    plannedOutputIds: activity.plannedOutputIds,
    source: activity.source,
    isPublished: activity.isPublished,
  };
}

/** An activity from its `record` column: JSON text that only toActivityRow (and migration 008) wrote. */
export function readActivityRecord(record: string): Activity {
  return JSON.parse(record) as Activity;
}

export function toActivityRow(activity: Activity): ActivityRow {
  const venueCountries = activity.venues.map((v) => v.country);
  const countries = unique([...venueCountries, ...activity.participatingCountries]);
  const span = spanOf(activity.dates);
  return {
    id: activity.id,
    version: activity.version,
    title: activity.title,
    description: activity.description,
    type: activity.type,
    status: activity.status,
    start_date: activity.dates.start,
    end_date: activity.dates.end,
    starts_on: span.from,
    ends_on: span.to,
    country_keys: countries,
    country_years: countryYearKeys(countries, span.from, span.to),
    // A national activity often names only where it was held: its venue's state took part.
    participation_countries: unique(activity.participatingCountries.length > 0 ? activity.participatingCountries : venueCountries),
    participants_total: activity.participants === null ? null : participantTotal(activity.participants),
    units: unique(implementingUnits(activity)),
    mandate_keys: unique(activity.mandates.map(mandateKey)),
    planned_output_ids: [...activity.plannedOutputIds],
    record: JSON.stringify(toStoredFields(activity)),
    is_published: activity.isPublished,
    language: guessLanguage(`${activity.title} ${activity.description}`),
  };
}

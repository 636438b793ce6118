// Activity records ↔ table rows. The derived columns (first and last day, country and mandate keys, head
// count, implementing units, language) are computed here and only here, for every writer
// including the bulk loader, from the same core rules the rest of the system uses.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Activity, ActivityStatus, ActivityType, OrganisationRole, ParticipantCount } from '../core/activities/activity.ts';
import { implementingUnits } from '../core/activities/activity.ts';
import { participantTotal } from '../core/activities/participants.ts';
import { mandateKey } from '../core/mandates/mandate.ts';
import { spanOf } from '../core/shared/partial-date.ts';
import type { ActivitiesTable } from './database.ts';
import { guessLanguage } from './guess-language.ts';

export type ActivityRow = Insertable<ActivitiesTable>;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function toActivityRow(activity: Activity): ActivityRow {
  const venueCountries = activity.venues.map((v) => v.country);
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
    venues: JSON.stringify(activity.venues.map((v) => ({ country: v.country, city: v.city }))),
    participating_countries: [...activity.participatingCountries],
    country_keys: unique([...venueCountries, ...activity.participatingCountries]),
    // A national activity often names only where it was held: its venue's state took part.
    participation_countries: unique(activity.participatingCountries.length > 0 ? activity.participatingCountries : venueCountries),
    participants: activity.participants === null ? null : JSON.stringify(activity.participants),
    participants_total: activity.participants === null ? null : participantTotal(activity.participants),
    parties: JSON.stringify(activity.parties.map((p) => ({ ref: p.ref, role: p.role }))),
    units: unique(implementingUnits(activity)),
    mandates: JSON.stringify(activity.mandates.map((m) => ({ instrument: m.instrument, paragraph: m.paragraph }))),
    mandate_keys: unique(activity.mandates.map(mandateKey)),
    planned_output_ids: [...activity.plannedOutputIds],
    source: activity.source === null ? null : JSON.stringify(activity.source),
    is_published: activity.isPublished,
    language: guessLanguage(`${activity.title} ${activity.description}`),
  };
}

export const ACTIVITY_COLUMNS = [
  'id', 'version', 'title', 'description', 'type', 'status', 'start_date', 'end_date', 'venues',
  'participating_countries', 'participants', 'parties', 'mandates', 'planned_output_ids', 'source', 'is_published',
] as const;

type StoredActivity = Pick<Selectable<ActivitiesTable>, (typeof ACTIVITY_COLUMNS)[number]>;

/**
 * The stored columns as one JSON value per row. Reading thousands of activities, one JSON.parse
 * per row is several times faster than the driver decoding each JSON and array column apart.
 */
export const activityDocument = sql<StoredActivity>`json_build_object(${sql.join(
  ACTIVITY_COLUMNS.map((column) => sql`${sql.lit(column)}, ${sql.ref(column)}`),
)})`;

function readParticipants(value: Record<string, unknown> | null): ParticipantCount | null {
  if (value === null) return null;
  const count = value as unknown as ParticipantCount;
  return {
    total: count.total,
    qualifier: count.qualifier,
    onSite: count.onSite,
    online: count.online,
    women: count.women,
    men: count.men,
    byCategory: { ...count.byCategory },
  };
}

export function fromActivityRow(row: StoredActivity): Activity {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    description: row.description,
    type: row.type as ActivityType,
    status: row.status as ActivityStatus,
    dates: { start: row.start_date, end: row.end_date },
    venues: row.venues.map((v) => ({ country: v.country, city: v.city })),
    participatingCountries: row.participating_countries,
    participants: readParticipants(row.participants),
    parties: row.parties.map((p) => ({ ref: p.ref, role: p.role as OrganisationRole })),
    mandates: row.mandates.map((m) => ({ instrument: m.instrument, paragraph: m.paragraph })),
    plannedOutputIds: row.planned_output_ids,
    source: row.source === null ? null : { document: row.source.document, start: row.source.start, end: row.source.end, excerpt: row.source.excerpt },
    isPublished: row.is_published,
  };
}

// The baseline the database is measured against: the same questions answered by one pass over
// the activity records held in memory, with no index and no precomputed columns.
import type { Activity } from '../src/core/activities/activity.ts';
import type { Period } from '../src/core/activities/activity-store.ts';
import { participantTotal } from '../src/core/activities/participants.ts';
import type { CountryParticipationRow, CountryProgrammeCell, MandateCoverageRow } from '../src/core/coverage/coverage-queries.ts';
import type { Dataset } from '../src/core/dataset/dataset.ts';
import { mandateKey } from '../src/core/mandates/mandate.ts';
import { spanOf, type DateRange } from '../src/core/shared/partial-date.ts';

interface Programme {
  readonly id: string;
  readonly code: string;
}

/** What the scans need from the reference records: the mandates and each output's programme. */
export interface ScanReference {
  readonly mandates: readonly { readonly instrument: string; readonly paragraph: string }[];
  readonly programmeOfOutput: ReadonlyMap<string, Programme>;
}

export function indexReference(reference: Pick<Dataset, 'mandates' | 'workPlanItems' | 'plannedOutputs'>): ScanReference {
  const items = new Map(reference.workPlanItems.map((item) => [item.id, item]));
  const programmeOfOutput = new Map<string, Programme>();
  // One object per programme, so an activity's programmes can be told apart by identity.
  const programmes = new Map<string, Programme>();
  for (const output of reference.plannedOutputs) {
    // Outputs hang under projects; climb until the programme level.
    let item = items.get(output.itemId);
    while (item !== undefined && item.level !== 'programme') item = item.parentId === null ? undefined : items.get(item.parentId);
    if (item === undefined) continue;
    const programme = programmes.get(item.id) ?? { id: item.id, code: item.code };
    programmes.set(item.id, programme);
    programmeOfOutput.set(output.id, programme);
  }
  return { mandates: reference.mandates.map((m) => ({ instrument: m.instrument, paragraph: m.paragraph })), programmeOfOutput };
}

/**
 * Whether a range may touch [from, to]. Partial dates are ISO prefixes, so comparing each end with
 * the period truncated to the same precision gives the answer without expanding to calendar days.
 */
export function mayTouch(dates: DateRange, period: Period): boolean {
  return preparePeriod(period)(dates);
}

/** The test of `mayTouch` with the period's prefixes cut once, for scans over many rows. */
export function preparePeriod(period: Period): (dates: DateRange) => boolean {
  const to = [period.to.slice(0, 4), period.to.slice(0, 7), period.to];
  const from = [period.from.slice(0, 4), period.from.slice(0, 7), period.from];
  // Index by length: 4 → year, 7 → month, 10 → day.
  const prefix = (cut: string[], value: string) => (value.length === 4 ? cut[0] : value.length === 7 ? cut[1] : cut[2]) as string;
  return (dates) => {
    const start = dates.start ?? dates.end;
    const end = dates.end ?? dates.start;
    if (start === null || end === null) return false;
    return start <= prefix(to, start) && end >= prefix(from, end);
  };
}

/** The states that took part; the venues' when none is listed. */
export function participationCountries(activity: Activity): readonly string[] {
  return [...new Set(activity.participatingCountries.length > 0 ? activity.participatingCountries : activity.venues.map((v) => v.country))];
}

/** Cancelled activities cover nothing; they still show in a country's list. */
function prepareCounts(period: Period): (activity: Activity) => boolean {
  const touches = preparePeriod(period);
  return (activity) => activity.status !== 'cancelled' && touches(activity.dates);
}

// Shares of a head count split between up to twelve states are summed exactly, in units of
// 1/27720 (the least common multiple of 1…12), and rounded once at the end, half away from zero,
// as the store does (coverage-queries.ts).
const SHARE_UNIT = 27_720;

class ShareSum {
  #units = 0;
  #inexact = 0;

  add(total: number, states: number): void {
    if (SHARE_UNIT % states === 0) this.#units += total * (SHARE_UNIT / states);
    else this.#inexact += total / states;
  }

  rounded(): number {
    if (this.#inexact === 0) return Math.floor((2 * this.#units + SHARE_UNIT) / (2 * SHARE_UNIT));
    return Math.round(this.#units / SHARE_UNIT + this.#inexact);
  }
}

function headCount(activity: Activity): number | null {
  return activity.participants === null ? null : participantTotal(activity.participants);
}

/** Every mandate, with the activities of the period that answer it (zero for a gap). */
export function scanMandateCoverage(activities: readonly Activity[], reference: ScanReference, period: Period): MandateCoverageRow[] {
  const counts = prepareCounts(period);
  const found = new Map<string, { count: number; last: string | null }>();
  for (const activity of activities) {
    if (activity.mandates.length === 0 || !counts(activity)) continue;
    const start = activity.dates.start;
    for (const mandate of activity.mandates) {
      const key = mandateKey(mandate);
      const entry = found.get(key);
      if (entry === undefined) {
        found.set(key, { count: 1, last: start });
      } else {
        entry.count += 1;
        if (start !== null && (entry.last === null || start > entry.last)) entry.last = start;
      }
    }
  }
  return reference.mandates
    .map((m) => {
      const entry = found.get(mandateKey(m));
      return { instrument: m.instrument, paragraph: m.paragraph, activityCount: entry?.count ?? 0, lastActivityStart: entry?.last ?? null };
    })
    .sort((a, b) => compareText(a.instrument, b.instrument) || compareText(a.paragraph, b.paragraph));
}

/** Activities per participating state, and people trained: each state is credited an equal share. */
export function scanParticipationByCountry(activities: readonly Activity[], period: Period): CountryParticipationRow[] {
  const counts = prepareCounts(period);
  const byCountry = new Map<string, { activityCount: number; people: ShareSum }>();
  for (const activity of activities) {
    if (!counts(activity)) continue;
    const people = headCount(activity);
    const countries = participationCountries(activity);
    for (const country of countries) {
      let entry = byCountry.get(country);
      if (entry === undefined) {
        entry = { activityCount: 0, people: new ShareSum() };
        byCountry.set(country, entry);
      }
      entry.activityCount += 1;
      if (people !== null) entry.people.add(people, countries.length);
    }
  }
  return [...byCountry]
    .map(([country, entry]) => ({ country, activityCount: entry.activityCount, participants: entry.people.rounded() }))
    .sort((a, b) => compareText(a.country, b.country));
}

/** Activities and people per participating state and work-plan programme (through planned outputs). */
export function scanCountryProgrammeMatrix(activities: readonly Activity[], reference: ScanReference, period: Period): CountryProgrammeCell[] {
  const counts = prepareCounts(period);
  const cells = new Map<string, { country: string; programme: Programme; activityCount: number; people: ShareSum }>();
  for (const activity of activities) {
    if (activity.plannedOutputIds.length === 0 || !counts(activity)) continue;
    const programmes = new Set<Programme>();
    for (const outputId of activity.plannedOutputIds) {
      const programme = reference.programmeOfOutput.get(outputId);
      if (programme !== undefined) programmes.add(programme);
    }
    if (programmes.size === 0) continue;
    const people = headCount(activity);
    const countries = participationCountries(activity);
    for (const country of countries) {
      for (const programme of programmes) {
        const key = `${country}#${programme.id}`;
        let cell = cells.get(key);
        if (cell === undefined) {
          cell = { country, programme, activityCount: 0, people: new ShareSum() };
          cells.set(key, cell);
        }
        cell.activityCount += 1;
        if (people !== null) cell.people.add(people, countries.length);
      }
    }
  }
  return [...cells.values()]
    .map((c) => ({ country: c.country, programmeId: c.programme.id, programmeCode: c.programme.code, activityCount: c.activityCount, participants: c.people.rounded() }))
    .sort((a, b) => compareText(a.country, b.country) || compareText(a.programmeId, b.programmeId));
}

/** One state's activities (as venue or participant) that may touch the period. */
export function scanCountryActivities(activities: readonly Activity[], country: string, period: Period): Activity[] {
  const touches = preparePeriod(period);
  return activities.filter(
    (a) => touches(a.dates) && (a.participatingCountries.includes(country) || a.venues.some((v) => v.country === country)),
  );
}

/**
 * The first page of a country's activities, in the order a list shows them: earliest possible day
 * first, then by id.
 */
export function scanCountryActivitiesPage(activities: readonly Activity[], country: string, period: Period, limit: number): Activity[] {
  return scanCountryActivities(activities, country, period)
    .map((activity) => ({ activity, from: spanOf(activity.dates).from ?? '' }))
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.activity.id, b.activity.id))
    .slice(0, limit)
    .map((entry) => entry.activity);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

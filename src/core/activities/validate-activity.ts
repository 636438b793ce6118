import type { Activity } from './activity.ts';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, ORGANISATION_ROLES } from './activity.ts';
import { validateParticipants } from './participants.ts';
import { comparePartialDates, isPartialDate } from '../shared/partial-date.ts';
import { prefixProblems, problem, type Problem } from '../shared/problem.ts';

/** What validation needs to know about the world: which codes exist. */
export interface ReferenceLookup {
  isKnownCountry(iso3: string): boolean;
  isKnownOrganisation(acronym: string): boolean;
  isKnownMandate(instrument: string, paragraph: string | null): boolean;
  isKnownPlannedOutput(id: string): boolean;
}

/** Returns every problem of an activity record, or none. */
export function validateActivity(activity: Activity, lookup: ReferenceLookup): Problem[] {
  const problems: Problem[] = [];
  if (activity.title.trim() === '') problems.push(problem(['title'], 'required', 'an activity needs a title'));
  if (!ACTIVITY_TYPES.includes(activity.type)) {
    problems.push(problem(['type'], 'invalid_format', `unknown activity type "${activity.type}"; use one of ${ACTIVITY_TYPES.join(', ')}`));
  }
  if (!ACTIVITY_STATUSES.includes(activity.status)) {
    problems.push(problem(['status'], 'invalid_format', `unknown status "${activity.status}"`));
  }
  problems.push(...validateDateRange(activity.dates.start, activity.dates.end, ['dates']));
  activity.venues.forEach((venue, i) => {
    if (!lookup.isKnownCountry(venue.country)) {
      problems.push(problem(['venues', i, 'country'], 'unknown_reference', `unknown country code "${venue.country}" (expected ISO 3166-1 alpha-3, e.g. JAM)`));
    }
  });
  activity.participatingCountries.forEach((code, i) => {
    if (!lookup.isKnownCountry(code)) {
      problems.push(problem(['participatingCountries', i], 'unknown_reference', `unknown country code "${code}" (expected ISO 3166-1 alpha-3, e.g. JAM)`));
    }
  });
  activity.parties.forEach((party, i) => {
    if (!ORGANISATION_ROLES.includes(party.role)) {
      problems.push(problem(['parties', i, 'role'], 'invalid_format', `unknown role "${party.role}"`));
    }
    if (!lookup.isKnownOrganisation(party.ref) && !lookup.isKnownCountry(party.ref)) {
      problems.push(problem(['parties', i, 'ref'], 'unknown_reference', `"${party.ref}" is neither a known organisation acronym nor a country code`));
    }
  });
  activity.mandates.forEach((ref, i) => {
    if (!lookup.isKnownMandate(ref.instrument, ref.paragraph)) {
      const label = ref.paragraph === null ? ref.instrument : `${ref.instrument} paragraph ${ref.paragraph}`;
      problems.push(problem(['mandates', i], 'unknown_reference', `no mandate ${label} is recorded`));
    }
  });
  activity.plannedOutputIds.forEach((id, i) => {
    if (!lookup.isKnownPlannedOutput(id)) {
      problems.push(problem(['plannedOutputIds', i], 'unknown_reference', `no planned output "${id}" is recorded`));
    }
  });
  if (activity.participants !== null) {
    problems.push(...prefixProblems(['participants'], validateParticipants(activity.participants)));
  }
  if (activity.source !== null && activity.source.end < activity.source.start) {
    problems.push(problem(['source', 'end'], 'invalid_range', 'the source passage ends before it starts'));
  }
  return problems;
}

export function validateDateRange(start: string | null, end: string | null, path: readonly (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  if (start !== null && !isPartialDate(start)) {
    problems.push(problem([...path, 'start'], 'invalid_format', `"${start}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`));
  }
  if (end !== null && !isPartialDate(end)) {
    problems.push(problem([...path, 'end'], 'invalid_format', `"${end}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`));
  }
  if (problems.length === 0 && start !== null && end !== null && comparePartialDates(end, start) < 0) {
    problems.push(problem([...path, 'end'], 'invalid_range', `the end (${end}) is before the start (${start})`));
  }
  return problems;
}

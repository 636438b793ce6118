import type { Activity, ActivityType } from './activity.ts';
import type { Actor } from '../shared/actor.ts';
import type { MandateRef } from '../mandates/mandate.ts';

/** Calendar days, inclusive, as YYYY-MM-DD. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface ActivityFilter {
  /** Venue or participating country, ISO alpha-3. */
  readonly country?: string;
  /** Activities whose dates may touch this period. */
  readonly period?: Period;
  readonly type?: ActivityType;
  readonly mandate?: MandateRef;
  /** Implementing unit acronym. */
  readonly unit?: string;
  readonly isPublished?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * Activities are written with optimistic concurrency: an update names the version it read and is
 * refused with `version_conflict` when someone else wrote in between, so no change is lost.
 * Every write appends to the audit log in the same transaction.
 */
export interface ActivityStore {
  getActivity(id: string): Promise<Activity | null>;
  listActivities(filter: ActivityFilter): Promise<Activity[]>;
  countActivities(filter: ActivityFilter): Promise<number>;
  createActivity(activity: Activity, actor: Actor): Promise<Activity>;
  updateActivity(activity: Activity, actor: Actor): Promise<Activity>;
  deleteActivity(id: string, expectedVersion: number, actor: Actor): Promise<void>;
}

/**
 * Kirkpatrick's four levels, which evaluation staff in the field already use to grade how far a
 * training's effect reached.
 */
export const FOLLOW_UP_LEVELS = ['reaction', 'learning', 'behaviour', 'results'] as const;
export type FollowUpLevel = (typeof FOLLOW_UP_LEVELS)[number];

/** A later finding about an activity's results: a plan adopted, a curriculum changed. */
export interface FollowUp {
  readonly id: string;
  readonly version: number;
  readonly activityId: string;
  readonly observedOn: string;
  readonly country: string | null;
  readonly statement: string;
  readonly evidence: string | null;
  readonly level: FollowUpLevel;
}

export const REQUEST_STATUSES = ['received', 'assessing', 'in_progress', 'answered', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A member state's request for assistance, and the activities that answered it. */
export interface AssistanceRequest {
  readonly id: string;
  readonly version: number;
  readonly country: string;
  readonly subject: string;
  readonly receivedOn: string;
  readonly status: RequestStatus;
  readonly activityIds: readonly string[];
}

export const VISIBILITIES = ['public', 'members', 'secretariat'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** A national focal point or network contact. */
export interface FocalPoint {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly country: string;
  readonly organisation: string | null;
  readonly network: string;
  readonly role: string | null;
  readonly email: string | null;
  readonly visibility: Visibility;
}

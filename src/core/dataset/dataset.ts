import type { Activity } from '../activities/activity.ts';
import type { AssistanceRequest, FocalPoint, FollowUp } from '../follow-ups/follow-up.ts';
import type { Instrument } from '../instruments/instrument.ts';
import type { Mandate } from '../mandates/mandate.ts';
import type { Organisation } from '../organisations/organisation.ts';
import type { PlannedOutput, WorkPlan, WorkPlanItem } from '../work-plans/work-plan.ts';

/**
 * Every record of the chain, as one value: what an import file holds and what an export gives
 * back, so that export → import → export is the identity.
 */
export interface Dataset {
  readonly organisations: readonly Organisation[];
  readonly instruments: readonly Instrument[];
  readonly mandates: readonly Mandate[];
  readonly workPlans: readonly WorkPlan[];
  readonly workPlanItems: readonly WorkPlanItem[];
  readonly plannedOutputs: readonly PlannedOutput[];
  readonly activities: readonly Activity[];
  readonly followUps: readonly FollowUp[];
  readonly assistanceRequests: readonly AssistanceRequest[];
  readonly focalPoints: readonly FocalPoint[];
}

export const EMPTY_DATASET: Dataset = {
  organisations: [],
  instruments: [],
  mandates: [],
  workPlans: [],
  workPlanItems: [],
  plannedOutputs: [],
  activities: [],
  followUps: [],
  assistanceRequests: [],
  focalPoints: [],
};

export type DatasetSection = keyof Dataset;
export const DATASET_SECTIONS = Object.keys(EMPTY_DATASET) as DatasetSection[];

// The import/export file: every record of the chain in one JSON document. Optional fields default
// to their empty value so a hand-written file stays short, and export writes them all so the round
// trip is lossless.
import { z } from 'zod';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, COUNT_QUALIFIERS, ORGANISATION_ROLES, PARTICIPANT_CATEGORIES } from '../core/activities/activity.ts';
import { FOLLOW_UP_LEVELS, REQUEST_STATUSES, VISIBILITIES } from '../core/follow-ups/follow-up.ts';
import { INSTRUMENT_KINDS } from '../core/instruments/instrument.ts';
import { ORGANISATION_TYPES } from '../core/organisations/organisation.ts';
import { isPartialDate } from '../core/shared/partial-date.ts';
import { WORK_PLAN_LEVELS } from '../core/work-plans/work-plan.ts';

export const DATASET_FORMAT = 'mandate-tracker/dataset@1';

const id = z.string().trim().min(1, 'an id cannot be empty').max(200);
const version = z.number().int().positive().default(1);
const countryCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as JAM');
const partialDate = z.string().refine(isPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
const nullableDate = partialDate.nullable().default(null);
const count = z.number().int().nonnegative();

export const LocalizedText = z
  .object({ en: z.string(), es: z.string(), fr: z.string(), pt: z.string() })
  .partial()
  .strict();

export const MandateRef = z.object({ instrument: z.string().trim().min(1), paragraph: z.string().trim().min(1).nullable() }).strict();

export const Organisation = z
  .object({
    acronym: z.string().trim().min(1).max(60),
    names: LocalizedText.default({}),
    type: z.enum(ORGANISATION_TYPES),
    parent: z.string().nullable().default(null),
  })
  .strict();

export const Instrument = z
  .object({
    id,
    version,
    symbol: z.string().trim().min(1),
    kind: z.enum(INSTRUMENT_KINDS),
    body: z.string().trim().min(1),
    title: LocalizedText.default({}),
    year: z.number().int().min(1900).max(2100).nullable().default(null),
    adoptedOn: nullableDate,
  })
  .strict();

export const Mandate = z
  .object({
    id,
    version,
    instrument: z.string().trim().min(1),
    paragraph: z.string().trim().min(1),
    text: LocalizedText.default({}),
    renews: MandateRef.nullable().default(null),
    units: z.array(z.string()).default([]),
  })
  .strict();

export const WorkPlan = z
  .object({
    id,
    version,
    symbol: z.string().nullable().default(null),
    unit: z.string().trim().min(1),
    title: LocalizedText.default({}),
    periodStart: partialDate,
    periodEnd: partialDate,
  })
  .strict();

export const WorkPlanItem = z
  .object({
    id,
    version,
    workPlanId: id,
    parentId: id.nullable().default(null),
    level: z.enum(WORK_PLAN_LEVELS),
    code: z.string(),
    title: LocalizedText.default({}),
    mandates: z.array(MandateRef).default([]),
    objectives: z.array(MandateRef).default([]),
  })
  .strict();

export const OutputTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quantity'), value: z.number().positive(), unit: z.string().trim().min(1) }).strict(),
  z.object({ kind: z.literal('to_be_determined'), reason: z.enum(['funding', 'unspecified']) }).strict(),
]);

export const PlannedOutput = z
  .object({ id, version, itemId: id, description: LocalizedText.default({}), target: OutputTarget })
  .strict();

export const ParticipantCount = z
  .object({
    total: count.nullable().default(null),
    qualifier: z.enum(COUNT_QUALIFIERS).default('exact'),
    onSite: count.nullable().default(null),
    online: count.nullable().default(null),
    women: count.nullable().default(null),
    men: count.nullable().default(null),
    byCategory: z.partialRecord(z.enum(PARTICIPANT_CATEGORIES), count).default({}),
  })
  .strict();

export const Activity = z
  .object({
    id,
    version,
    title: z.string().trim().min(1, 'an activity needs a title'),
    description: z.string().default(''),
    type: z.enum(ACTIVITY_TYPES),
    status: z.enum(ACTIVITY_STATUSES),
    dates: z.object({ start: nullableDate, end: nullableDate }).strict().default({ start: null, end: null }),
    venues: z.array(z.object({ country: countryCode, city: z.string().nullable().default(null) }).strict()).default([]),
    participatingCountries: z.array(countryCode).default([]),
    participants: ParticipantCount.nullable().default(null),
    parties: z.array(z.object({ ref: z.string().trim().min(1), role: z.enum(ORGANISATION_ROLES) }).strict()).default([]),
    mandates: z.array(MandateRef).default([]),
    plannedOutputIds: z.array(id).default([]),
    source: z
      .object({ document: z.string(), start: count, end: count, excerpt: z.string() })
      .strict()
      .nullable()
      .default(null),
    isPublished: z.boolean().default(false),
  })
  .strict();

export const FollowUp = z
  .object({
    id,
    version,
    activityId: id,
    observedOn: partialDate,
    country: countryCode.nullable().default(null),
    statement: z.string().trim().min(1),
    evidence: z.string().nullable().default(null),
    level: z.enum(FOLLOW_UP_LEVELS),
  })
  .strict();

export const AssistanceRequest = z
  .object({
    id,
    version,
    country: countryCode,
    subject: z.string().trim().min(1),
    receivedOn: partialDate,
    status: z.enum(REQUEST_STATUSES),
    activityIds: z.array(id).default([]),
  })
  .strict();

export const FocalPoint = z
  .object({
    id,
    version,
    name: z.string().trim().min(1),
    country: countryCode,
    organisation: z.string().nullable().default(null),
    network: z.string().trim().min(1),
    role: z.string().nullable().default(null),
    email: z.email().nullable().default(null),
    visibility: z.enum(VISIBILITIES),
  })
  .strict();

export const DatasetFile = z
  .object({
    format: z.literal(DATASET_FORMAT, { message: `the file must declare "format": "${DATASET_FORMAT}"` }),
    organisations: z.array(Organisation).default([]),
    instruments: z.array(Instrument).default([]),
    mandates: z.array(Mandate).default([]),
    workPlans: z.array(WorkPlan).default([]),
    workPlanItems: z.array(WorkPlanItem).default([]),
    plannedOutputs: z.array(PlannedOutput).default([]),
    activities: z.array(Activity).default([]),
    followUps: z.array(FollowUp).default([]),
    assistanceRequests: z.array(AssistanceRequest).default([]),
    focalPoints: z.array(FocalPoint).default([]),
  })
  .strict();
export type DatasetFile = z.infer<typeof DatasetFile>;

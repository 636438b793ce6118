// A reviewer's correction of an ingested candidate: any subset of the proposal's fields.
import { z } from 'zod';
import { ACTIVITY_TYPES, COUNT_QUALIFIERS } from '../core/activities/activity.ts';
import { isPartialDate } from '../core/shared/partial-date.ts';

const countryCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as JAM');
const date = z.string().refine(isPartialDate, 'expected YYYY, YYYY-MM or YYYY-MM-DD').nullable();

export const ProposedActivityPatch = z
  .object({
    type: z.enum(ACTIVITY_TYPES),
    start: date,
    end: date,
    venues: z.array(countryCode),
    city: z.string().nullable(),
    countries: z.array(countryCode),
    participants: z.object({ count: z.number().int().nonnegative(), qualifier: z.enum(COUNT_QUALIFIERS) }).strict().nullable(),
    organizations: z.array(z.string().min(1)),
    funders: z.array(z.string().min(1)),
    status: z.enum(['done', 'planned', 'ongoing']),
    mandates: z.array(z.object({ instrument: z.string().min(1), paragraph: z.string().min(1).nullable() }).strict()),
    title: z.string().min(1).nullable(),
  })
  .partial()
  .strict();
export type ProposedActivityPatch = z.infer<typeof ProposedActivityPatch>;

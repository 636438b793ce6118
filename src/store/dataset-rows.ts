// Row mappings for the records other than activities (see activity-rows.ts), both directions.
import type { Insertable, Selectable } from 'kysely';
import type { AssistanceRequest, FocalPoint, FollowUp, FollowUpLevel, RequestStatus, Visibility } from '../core/follow-ups/follow-up.ts';
import type { Instrument, InstrumentKind } from '../core/instruments/instrument.ts';
import type { Mandate, MandateRef } from '../core/mandates/mandate.ts';
import type { Organisation, OrganisationType } from '../core/organisations/organisation.ts';
import type { LocalizedText } from '../core/shared/localized-text.ts';
import { LANGUAGES } from '../core/shared/localized-text.ts';
import type { OutputTarget, PlannedOutput, WorkPlan, WorkPlanItem, WorkPlanLevel } from '../core/work-plans/work-plan.ts';
import type {
  FocalPointsTable,
  FollowUpsTable,
  InstrumentsTable,
  MandateRefJson,
  MandatesTable,
  OrganisationsTable,
  PlannedOutputsTable,
  WorkPlanItemsTable,
  WorkPlansTable,
  AssistanceRequestsTable,
} from './database.ts';

/** Only the languages present, in a fixed order, so equal texts serialise equally. */
function writeText(text: LocalizedText): string {
  const present: Record<string, string> = {};
  for (const language of LANGUAGES) {
    const value = text[language];
    if (value !== undefined) present[language] = value;
  }
  return JSON.stringify(present);
}

function readText(stored: Record<string, string>): LocalizedText {
  const text: { [language: string]: string } = {};
  for (const language of LANGUAGES) {
    const value = stored[language];
    if (value !== undefined) text[language] = value;
  }
  return text;
}

const writeRefs = (refs: readonly MandateRef[]) => JSON.stringify(refs.map((r) => ({ instrument: r.instrument, paragraph: r.paragraph })));
const readRefs = (refs: readonly MandateRefJson[]): MandateRef[] => refs.map((r) => ({ instrument: r.instrument, paragraph: r.paragraph }));

export const toOrganisationRow = (o: Organisation): Insertable<OrganisationsTable> => ({ acronym: o.acronym, names: writeText(o.names), type: o.type, parent: o.parent });
export const fromOrganisationRow = (r: Selectable<OrganisationsTable>): Organisation => ({
  acronym: r.acronym,
  names: readText(r.names),
  type: r.type as OrganisationType,
  parent: r.parent,
});

export const toInstrumentRow = (i: Instrument): Insertable<InstrumentsTable> => ({
  id: i.id, version: i.version, symbol: i.symbol, kind: i.kind, body: i.body, title: writeText(i.title), year: i.year, adopted_on: i.adoptedOn,
});
export const fromInstrumentRow = (r: Selectable<InstrumentsTable>): Instrument => ({
  id: r.id, version: r.version, symbol: r.symbol, kind: r.kind as InstrumentKind, body: r.body, title: readText(r.title), year: r.year, adoptedOn: r.adopted_on,
});

export const toMandateRow = (m: Mandate): Insertable<MandatesTable> => ({
  id: m.id,
  version: m.version,
  instrument: m.instrument,
  paragraph: m.paragraph,
  text: writeText(m.text),
  renews_instrument: m.renews?.instrument ?? null,
  renews_paragraph: m.renews?.paragraph ?? null,
  units: [...m.units],
});
export const fromMandateRow = (r: Selectable<MandatesTable>): Mandate => ({
  id: r.id,
  version: r.version,
  instrument: r.instrument,
  paragraph: r.paragraph,
  text: readText(r.text),
  renews: r.renews_instrument === null ? null : { instrument: r.renews_instrument, paragraph: r.renews_paragraph },
  units: r.units,
});

export const toWorkPlanRow = (w: WorkPlan): Insertable<WorkPlansTable> => ({
  id: w.id, version: w.version, symbol: w.symbol, unit: w.unit, title: writeText(w.title), period_start: w.periodStart, period_end: w.periodEnd,
});
export const fromWorkPlanRow = (r: Selectable<WorkPlansTable>): WorkPlan => ({
  id: r.id, version: r.version, symbol: r.symbol, unit: r.unit, title: readText(r.title), periodStart: r.period_start, periodEnd: r.period_end,
});

export const toWorkPlanItemRow = (i: WorkPlanItem): Insertable<WorkPlanItemsTable> => ({
  id: i.id,
  version: i.version,
  work_plan_id: i.workPlanId,
  parent_id: i.parentId,
  level: i.level,
  code: i.code,
  title: writeText(i.title),
  mandates: writeRefs(i.mandates),
  objectives: writeRefs(i.objectives),
});
export const fromWorkPlanItemRow = (r: Selectable<WorkPlanItemsTable>): WorkPlanItem => ({
  id: r.id,
  version: r.version,
  workPlanId: r.work_plan_id,
  parentId: r.parent_id,
  level: r.level as WorkPlanLevel,
  code: r.code,
  title: readText(r.title),
  mandates: readRefs(r.mandates),
  objectives: readRefs(r.objectives),
});

function writeTarget(t: OutputTarget): string {
  return JSON.stringify(t.kind === 'quantity' ? { kind: t.kind, value: t.value, unit: t.unit } : { kind: t.kind, reason: t.reason });
}
function readTarget(stored: Record<string, unknown>): OutputTarget {
  const t = stored as unknown as OutputTarget;
  return t.kind === 'quantity' ? { kind: 'quantity', value: t.value, unit: t.unit } : { kind: 'to_be_determined', reason: t.reason };
}

export const toPlannedOutputRow = (o: PlannedOutput): Insertable<PlannedOutputsTable> => ({
  id: o.id, version: o.version, item_id: o.itemId, description: writeText(o.description), target: writeTarget(o.target),
});
export const fromPlannedOutputRow = (r: Selectable<PlannedOutputsTable>): PlannedOutput => ({
  id: r.id, version: r.version, itemId: r.item_id, description: readText(r.description), target: readTarget(r.target),
});

export const toFollowUpRow = (f: FollowUp): Insertable<FollowUpsTable> => ({
  id: f.id, version: f.version, activity_id: f.activityId, observed_on: f.observedOn, country: f.country, statement: f.statement, evidence: f.evidence, level: f.level,
});
export const fromFollowUpRow = (r: Selectable<FollowUpsTable>): FollowUp => ({
  id: r.id, version: r.version, activityId: r.activity_id, observedOn: r.observed_on, country: r.country, statement: r.statement, evidence: r.evidence, level: r.level as FollowUpLevel,
});

export const toAssistanceRequestRow = (a: AssistanceRequest): Insertable<AssistanceRequestsTable> => ({
  id: a.id, version: a.version, country: a.country, subject: a.subject, received_on: a.receivedOn, status: a.status,
});
export const fromAssistanceRequestRow = (r: Selectable<AssistanceRequestsTable>, activityIds: readonly string[]): AssistanceRequest => ({
  id: r.id, version: r.version, country: r.country, subject: r.subject, receivedOn: r.received_on, status: r.status as RequestStatus, activityIds: [...activityIds],
});

export const toFocalPointRow = (f: FocalPoint): Insertable<FocalPointsTable> => ({
  id: f.id, version: f.version, name: f.name, country: f.country, organisation: f.organisation, network: f.network, role: f.role, email: f.email, visibility: f.visibility,
});
export const fromFocalPointRow = (r: Selectable<FocalPointsTable>): FocalPoint => ({
  id: r.id, version: r.version, name: r.name, country: r.country, organisation: r.organisation, network: r.network, role: r.role, email: r.email, visibility: r.visibility as Visibility,
});

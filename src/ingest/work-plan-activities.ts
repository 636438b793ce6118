import type { ActivityType } from '../core/activities/activity.ts';
import { SMS_UNITS } from '../core/reference/organisations.ts';
import { readEventType } from './activities.ts';
import type { OrganisationMentionLike } from './activities.ts';
import { findDates, resolveDate } from './dates.ts';
import type { ExtractedActivity, Language, MandateCitation, TextSpan } from './extraction.ts';
import { readWorkPlanTree } from './work-plan-tree.ts';
import type { WorkPlanNode } from './work-plan-tree.ts';

// The plan's period is stated in its title or first paragraphs ("PLAN DE TRAVAIL … POUR 2012",
// "pendant la période 2013-2015").
const HEAD_LENGTH = 4000;

/**
 * The planned activities of a work plan: one per promised output that names an event ("3
 * ateliers", "10 bourses d'étude"), else one per item of the plan, each dated by the plan's period
 * and answering the mandates its row (or the rows above it) cites.
 */
export function findWorkPlanActivities(text: string, language: Language, organisations: readonly OrganisationMentionLike[], documentMandates: readonly MandateCitation[]): ExtractedActivity[] {
  const period = readPlanPeriod(text, language);
  const unit = dominantUnit(organisations);
  const fallbackMandates = distinctInstruments(documentMandates) <= 2 ? documentMandates : [];
  const activities: ExtractedActivity[] = [];
  const visit = (node: WorkPlanNode, inherited: readonly MandateCitation[]): void => {
    const mandates = node.mandates.length > 0 ? node.mandates : inherited;
    for (const child of node.children) visit(child, mandates);
    if (node.children.length > 0) return;
    const own = organisationsIn(organisations, node.source, unit);
    const make = (type: ActivityType, source: TextSpan, title: string, confidence: number): ExtractedActivity => ({
      type, start: period.start, end: period.end, venues: [], city: null, countries: [], participants: null,
      organizations: own, funders: [], status: 'planned', mandates: mandates.length > 0 ? mandates : fallbackMandates,
      title, source, confidence,
    });
    const titleType = readEventType(text, node.source, language);
    const fromOutputs = node.outputs
      .map((output) => ({ output, type: readEventType(text, output.source, language) }))
      .filter((item): item is { output: typeof item.output; type: ActivityType } => item.type !== null);
    if (fromOutputs.length > 0) {
      for (const { output, type } of fromOutputs) activities.push(make(type, output.source, output.text, 0.6));
    } else activities.push(make(titleType ?? 'other', node.source, node.title, titleType ? 0.5 : 0.3));
  };
  for (const root of readWorkPlanTree(text, language)) visit(root, []);
  return activities;
}

function readPlanPeriod(text: string, language: Language): { start: string | null; end: string | null } {
  const dates = findDates(text, language, 0, Math.min(text.length, HEAD_LENGTH));
  const yearOnly = dates.filter((d) => d.relative === null && d.first.month === null && d.last.month === null && d.first.year !== null);
  const chosen = yearOnly.find((d) => d.first.year !== d.last.year) ?? yearOnly[0] ?? dates.find((d) => d.first.year !== null);
  if (!chosen) return { start: null, end: null };
  const resolved = resolveDate(chosen, null, null);
  if (!resolved?.start || !resolved.end) return { start: null, end: null };
  return { start: resolved.start.slice(0, 4), end: resolved.end.slice(0, 4) };
}

function dominantUnit(organisations: readonly OrganisationMentionLike[]): string | null {
  const counts = new Map<string, number>();
  for (const o of organisations) if (SMS_UNITS.has(o.acronym)) counts.set(o.acronym, (counts.get(o.acronym) ?? 0) + 1);
  let best: string | null = null;
  for (const [acronym, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = acronym;
  return best;
}

function organisationsIn(organisations: readonly OrganisationMentionLike[], span: TextSpan, unit: string | null): string[] {
  const found = new Set<string>();
  for (const o of organisations) if (o.start >= span.start && o.end <= span.end && !o.isFunder) found.add(o.acronym);
  const units = [...found].filter((a) => SMS_UNITS.has(a));
  if (units.length === 0 && unit !== null) found.add(unit);
  return [...found];
}

function distinctInstruments(mandates: readonly MandateCitation[]): number {
  return new Set(mandates.map((m) => m.instrument)).size;
}

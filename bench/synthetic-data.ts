// Deterministic synthetic data at the scale the secretariat expects after ten years: the reference
// records (organisations, instruments, mandates with lineage, work plans) as one Dataset, and the
// activities as a stream of batches so a million of them never have to be built all at once.
import { ACTIVITY_STATUSES } from '../src/core/activities/activity.ts';
import type { Activity, ActivityParty, ActivityStatus, ActivityType, CountQualifier, ParticipantCategory, ParticipantCount, Venue } from '../src/core/activities/activity.ts';
import type { Dataset } from '../src/core/dataset/dataset.ts';
import type { Instrument } from '../src/core/instruments/instrument.ts';
import { formatRomanNumeral } from '../src/core/instruments/roman-numerals.ts';
import type { Organisation } from '../src/core/organisations/organisation.ts';
import { getOrganisation } from '../src/core/reference/organisations.ts';
import type { Mandate, MandateRef } from '../src/core/mandates/mandate.ts';
import type { DateRange } from '../src/core/shared/partial-date.ts';
import type { PlannedOutput, WorkPlan, WorkPlanItem } from '../src/core/work-plans/work-plan.ts';
import { createRandom, type Random } from './random.ts';
import {
  ACTIVITY_TYPE_SHARE, FUNDERS, MANDATE_FAMILIES, PARTNER_ACRONYMS, PROGRAMMES, TYPE_LABELS, UN_MANDATES, UNIT_SHARE, UNITS,
  type Unit,
} from './synthetic-catalogue.ts';
import { SYNTHETIC_COUNTRIES } from './synthetic-countries.ts';

export interface SyntheticOptions {
  readonly seed: number;
  readonly firstYear: number;
  readonly years: number;
}

export const DEFAULT_SYNTHETIC_OPTIONS: SyntheticOptions = { seed: 20110607, firstYear: 2011, years: 10 };

// The first resolution number of the 41st regular session (2011) and the typical count per session.
const FIRST_RESOLUTION_NUMBER = 2617;
const RESOLUTIONS_PER_SESSION = 70;
const FIRST_REGULAR_SESSION_YEAR = 1970;

const SUB_PARAGRAPHS = 'abcdefghij';

/** Organisations, instruments, mandates and work plans; `activities` stays empty. */
export function generateReferenceData(options: SyntheticOptions = DEFAULT_SYNTHETIC_OPTIONS): Dataset {
  const random = createRandom(options.seed);
  const instruments: Instrument[] = [];
  const mandates: Mandate[] = [];
  for (const un of UN_MANDATES) {
    const symbol = `UNSC ${un.number}`;
    instruments.push({ id: `inst-unsc-${un.number}`, version: 1, symbol, kind: 'un_resolution', body: 'UNSC', title: { en: `Security Council on ${un.topic}` }, year: un.year, adoptedOn: String(un.year) });
    mandates.push({ id: `mandate-unsc-${un.number}-${un.paragraph}`, version: 1, instrument: symbol, paragraph: un.paragraph, text: { en: `States to pursue ${un.topic}.` }, renews: null, units: ['CICTE'] });
  }
  const previous = new Map<string, MandateRef>();
  for (let year = options.firstYear; year < options.firstYear + options.years; year++) {
    const session = year - FIRST_REGULAR_SESSION_YEAR;
    let resolutionNumber = FIRST_RESOLUTION_NUMBER + (year - 2011) * RESOLUTIONS_PER_SESSION + 1;
    MANDATE_FAMILIES.forEach((family, familyIndex) => {
      const yy = String(year % 100).padStart(2, '0');
      const isAssembly = family.kind === 'assembly_resolution';
      const symbol = isAssembly ? `AG/RES. ${resolutionNumber++} (${formatRomanNumeral(session)}-O/${yy})` : `${family.unit}/DEC. 1/${yy}`;
      const adoptedOn = isAssembly ? `${year}-06-0${random.integer(3, 8)}` : `${year}-03`;
      instruments.push({
        id: `inst-${year}-${familyIndex}`, version: 1, symbol,
        kind: isAssembly ? 'resolution' : 'decision', body: isAssembly ? 'AG' : family.unit,
        title: { en: capitalise(family.topic) }, year, adoptedOn,
      });
      for (let i = 0; i < family.mandateCount; i++) {
        const paragraph = family.paragraph === null ? String(i + 1) : `${family.paragraph}.${SUB_PARAGRAPHS[i]}`;
        const lineageKey = `${familyIndex}#${i}`;
        mandates.push({
          id: `mandate-${year}-${familyIndex}-${i + 1}`, version: 1, instrument: symbol, paragraph,
          text: { en: `Asks the Secretariat to continue its work on ${family.topic}, line ${i + 1}.` },
          renews: previous.get(lineageKey) ?? null, units: [family.unit],
        });
        previous.set(lineageKey, { instrument: symbol, paragraph });
      }
    });
  }
  const plans = generateWorkPlans(random, options, mandates);
  return {
    organisations: withParents(['SMS', ...UNITS, ...PARTNER_ACRONYMS]).map(referenceOrganisation),
    instruments,
    mandates,
    ...plans,
    activities: [],
    followUps: [],
    assistanceRequests: [],
    focalPoints: [],
  };
}

function generateWorkPlans(random: Random, options: SyntheticOptions, mandates: readonly Mandate[]) {
  const workPlans: WorkPlan[] = [];
  const workPlanItems: WorkPlanItem[] = [];
  const plannedOutputs: PlannedOutput[] = [];
  for (let year = options.firstYear; year < options.firstYear + options.years; year++) {
    for (const unit of UNITS) {
      const planId = `wp-${unit}-${year}`;
      const yy = String(year % 100).padStart(2, '0');
      workPlans.push({ id: planId, version: 1, symbol: `${unit}/doc.${random.integer(3, 9)}/${yy}`, unit, title: { en: `${unit} work plan ${year}` }, periodStart: String(year), periodEnd: String(year) });
      const backing = mandates.filter((m) => m.units.includes(unit) && m.id.startsWith(`mandate-${year}-`)).map(toRef);
      const domains = new Map<string, string>();
      PROGRAMMES[unit].forEach((programme, programmeIndex) => {
        let domainId = domains.get(programme.domain);
        if (domainId === undefined) {
          const code = String.fromCharCode(65 + domains.size);
          domainId = `${planId}-${code}`;
          domains.set(programme.domain, domainId);
          workPlanItems.push({ id: domainId, version: 1, workPlanId: planId, parentId: null, level: 'domain', code, title: { en: programme.domain }, mandates: [], objectives: [] });
        }
        const domainCode = domainId.slice(planId.length + 1);
        const programmeCode = `${domainCode}.${programmeIndex + 1}`;
        const programmeId = `${planId}-${programmeCode}`;
        const programmeMandates = random.sample(backing, random.integer(1, 3));
        workPlanItems.push({ id: programmeId, version: 1, workPlanId: planId, parentId: domainId, level: 'programme', code: programmeCode, title: { en: capitalise(programme.topic) }, mandates: programmeMandates, objectives: [] });
        programme.projects.forEach((project, projectIndex) => {
          const projectCode = `${programmeCode}.${projectIndex + 1}`;
          const projectId = `${planId}-${projectCode}`;
          workPlanItems.push({ id: projectId, version: 1, workPlanId: planId, parentId: programmeId, level: 'project', code: projectCode, title: { en: capitalise(project) }, mandates: random.sample(programmeMandates, random.integer(1, programmeMandates.length)), objectives: [] });
          const outputCount = random.integer(1, 2);
          for (let o = 1; o <= outputCount; o++) {
            const isFunded = random.chance(0.85);
            plannedOutputs.push({
              id: `${projectId}-o${o}`, version: 1, itemId: projectId,
              description: { en: `${capitalise(project)}: ${programme.output.unit}` },
              target: isFunded
                ? { kind: 'quantity', value: random.integer(programme.output.min, programme.output.max), unit: programme.output.unit }
                : { kind: 'to_be_determined', reason: 'funding' },
            });
          }
        });
      });
    }
  }
  return { workPlans, workPlanItems, plannedOutputs };
}

/** The organisations named and every parent up their chain, parents first. */
function withParents(acronyms: readonly string[]): string[] {
  const ordered: string[] = [];
  const visit = (acronym: string) => {
    if (ordered.includes(acronym)) return;
    const parent = getOrganisation(acronym)?.parent;
    if (parent !== undefined && parent !== null) visit(parent);
    ordered.push(acronym);
  };
  acronyms.forEach(visit);
  return ordered;
}

function referenceOrganisation(acronym: string): Organisation {
  const found = getOrganisation(acronym);
  if (found === undefined) throw new Error(`organisation ${acronym} is missing from the reference table`);
  return { acronym: found.acronym, names: found.names, type: found.type, parent: found.parent };
}

function toRef(mandate: Mandate): MandateRef {
  return { instrument: mandate.instrument, paragraph: mandate.paragraph };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface PlanProject {
  readonly unit: Unit;
  readonly year: number;
  readonly programmeTitle: string;
  readonly mandates: readonly MandateRef[];
  readonly outputIds: readonly string[];
}

/** Projects by unit and year, so that each activity is delivered against a plan of its own year. */
function indexProjects(reference: Dataset): Map<string, PlanProject[]> {
  const plans = new Map(reference.workPlans.map((plan) => [plan.id, plan]));
  const items = new Map(reference.workPlanItems.map((item) => [item.id, item]));
  const outputsByItem = new Map<string, string[]>();
  for (const output of reference.plannedOutputs) {
    const list = outputsByItem.get(output.itemId) ?? [];
    list.push(output.id);
    outputsByItem.set(output.itemId, list);
  }
  const index = new Map<string, PlanProject[]>();
  for (const item of reference.workPlanItems) {
    if (item.level !== 'project') continue;
    const plan = plans.get(item.workPlanId);
    const programme = item.parentId === null ? undefined : items.get(item.parentId);
    if (plan === undefined || programme === undefined) continue;
    const year = Number(plan.periodStart.slice(0, 4));
    const key = `${plan.unit}#${year}`;
    const list = index.get(key) ?? [];
    list.push({ unit: plan.unit as Unit, year, programmeTitle: programme.title.en ?? programme.code, mandates: item.mandates, outputIds: outputsByItem.get(item.id) ?? [] });
    index.set(key, list);
  }
  return index;
}

/**
 * The order rows reach the store. Records are written as the work happens, so a table fills
 * roughly year by year (`chronological`, the default); `shuffled` mixes all years, as a bulk
 * import of unsorted history would, and is the worst case for date locality on disk.
 */
export type ActivityOrder = 'chronological' | 'shuffled';

/** How many of `count` activities fall in each year: more each year, as programmes grow. */
export function apportionYears(count: number, options: SyntheticOptions): number[] {
  const weights = Array.from({ length: options.years }, (_, i) => 10 + i);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const exact = weights.map((w) => (count * w) / total);
  const counts = exact.map(Math.floor);
  // Largest remainders get the rows rounding left over, so the counts add up to `count`.
  const order = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const leftOver = count - counts.reduce((sum, c) => sum + c, 0);
  for (let k = 0; k < leftOver; k++) {
    const i = order[k]?.[1] as number;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

/**
 * Yields `count` activities in batches of `batchSize`. The same reference, seed, count and order
 * always give the same activities, so two stores can be loaded with identical rows.
 */
export function* generateActivityBatches(
  reference: Dataset,
  count: number,
  batchSize: number,
  options: SyntheticOptions = DEFAULT_SYNTHETIC_OPTIONS,
  order: ActivityOrder = 'chronological',
): Generator<Activity[]> {
  // A different stream from the reference data, so changing the activity count leaves the plans as they are.
  const random = createRandom(options.seed ^ 0x5eed);
  const projects = indexProjects(reference);
  const titles = new Map<string, string>();
  const perYear = apportionYears(count, options);
  const yearShare = perYear.map((n, i) => [options.firstYear + i, n] as const);
  const lastYear = options.firstYear + options.years - 1;
  let batch: Activity[] = [];
  let yearIndex = 0;
  let leftInYear = perYear[0] ?? 0;
  for (let n = 1; n <= count; n++) {
    while (leftInYear === 0 && yearIndex < perYear.length - 1) leftInYear = perYear[++yearIndex] ?? 0;
    leftInYear -= 1;
    const year = order === 'chronological' ? options.firstYear + yearIndex : random.weighted(yearShare);
    const unit = random.weighted(UNIT_SHARE);
    const project = random.pick(projects.get(`${unit}#${year}`) ?? []);
    const type = random.weighted(ACTIVITY_TYPE_SHARE);
    const titleKey = `${type}#${project.programmeTitle}`;
    let title = titles.get(titleKey);
    if (title === undefined) {
      title = `${TYPE_LABELS[type]} on ${project.programmeTitle.toLowerCase()}`;
      titles.set(titleKey, title);
    }
    const venues = generateVenues(random);
    batch.push({
      id: `act-${String(n).padStart(7, '0')}`,
      version: 1,
      title,
      description: '',
      type,
      status: generateStatus(random, year, lastYear),
      dates: generateDates(random, year, type),
      venues,
      participatingCountries: generateParticipatingCountries(random, venues),
      participants: generateParticipants(random, type),
      parties: generateParties(random, unit, venues),
      mandates: project.mandates.length > 1 && random.chance(0.3) ? project.mandates.slice(0, 2) : project.mandates.slice(0, 1),
      plannedOutputIds: project.outputIds.length > 0 && random.chance(0.9) ? [random.pick(project.outputIds)] : [],
      source: null,
      isPublished: random.chance(0.8),
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const COUNTRY_SHARE = SYNTHETIC_COUNTRIES.map((c) => [c, c.weight] as const);
const COUNTRY_CODES = SYNTHETIC_COUNTRIES.map((c) => c.code);

function generateVenues(random: Random): Venue[] {
  const count = random.weighted([[1, 85], [2, 12], [3, 3]]);
  const venues: Venue[] = [];
  while (venues.length < count) {
    const country = random.weighted(COUNTRY_SHARE);
    if (venues.some((v) => v.country === country.code)) continue;
    venues.push({ country: country.code, city: random.chance(0.75) ? country.city : null });
  }
  return venues;
}

function generateParticipatingCountries(random: Random, venues: readonly Venue[]): string[] {
  const hosts = venues.map((v) => v.country);
  // Most activities are national; regional ones draw a few neighbours, hemispheric ones up to twelve.
  const wanted = random.weighted([[1, 55], [2, 8], [3, 8], [4, 7], [5, 6], [6, 5], [8, 5], [10, 3], [12, 3]]);
  if (wanted <= hosts.length) return hosts;
  const others = random.sample(COUNTRY_CODES.filter((c) => !hosts.includes(c)), wanted - hosts.length);
  return [...hosts, ...others];
}

function generateDates(random: Random, year: number, type: ActivityType): DateRange {
  const precision = random.weighted([['day', 60], ['month', 28], ['year', 10], ['unknown', 2]] as const);
  if (precision === 'unknown') return { start: null, end: null };
  if (precision === 'year') return { start: String(year), end: String(year) };
  const month = random.integer(1, 12);
  if (precision === 'month') {
    const endMonth = Math.min(12, month + random.weighted([[0, 70], [1, 25], [2, 5]]));
    return { start: `${year}-${pad(month)}`, end: `${year}-${pad(endMonth)}` };
  }
  const start = new Date(Date.UTC(year, month - 1, random.integer(1, 28)));
  const days = type === 'course' || type === 'scholarship' ? random.integer(3, 20) : type === 'mission' ? random.integer(1, 7) : random.integer(0, 4);
  const end = new Date(start.getTime() + days * 86_400_000);
  return { start: isoDay(start), end: isoDay(end) };
}

function generateStatus(random: Random, year: number, lastYear: number): ActivityStatus {
  if (year < lastYear) return random.weighted([['done', 95], ['cancelled', 3], ['ongoing', 2]]);
  return random.weighted(ACTIVITY_STATUSES.map((s) => [s, s === 'cancelled' ? 2 : s === 'done' ? 38 : 30] as const));
}

const QUALIFIER_SHARE: readonly (readonly [CountQualifier, number])[] = [['exact', 75], ['at_least', 15], ['about', 10]];
const CATEGORIES: readonly ParticipantCategory[] = ['police', 'judges', 'prosecutors', 'customs', 'immigration', 'consular', 'government', 'private_sector', 'civil_society'];

function generateParticipants(random: Random, type: ActivityType): ParticipantCount | null {
  const isUncounted = type === 'equipment' || type === 'study' ? random.chance(0.7) : random.chance(0.05);
  if (isUncounted) return null;
  const isLarge = random.chance(0.03);
  const total = isLarge ? random.integer(300, 1500) : type === 'meeting' || type === 'consultation' ? random.integer(10, 60) : random.integer(10, 300);
  const qualifier = random.weighted(QUALIFIER_SHARE);
  const online = random.chance(0.1) ? random.integer(0, total) : null;
  const women = random.chance(0.3) ? random.integer(Math.round(total * 0.1), Math.round(total * 0.6)) : null;
  const byCategory: Partial<Record<ParticipantCategory, number>> = {};
  if (random.chance(0.4)) {
    let left = total;
    for (const category of random.sample(CATEGORIES, random.integer(1, 3))) {
      const share = random.integer(0, left);
      byCategory[category] = share;
      left -= share;
    }
  }
  return {
    total,
    qualifier,
    onSite: online === null ? null : total - online,
    online,
    women,
    men: women === null ? null : total - women,
    byCategory,
  };
}

function generateParties(random: Random, unit: Unit, venues: readonly Venue[]): ActivityParty[] {
  const parties: ActivityParty[] = [{ ref: unit, role: 'implementing' }];
  for (const partner of random.sample(PARTNER_ACRONYMS, random.weighted([[0, 50], [1, 35], [2, 15]]))) {
    parties.push({ ref: partner, role: 'partner' });
  }
  if (random.chance(0.6)) parties.push({ ref: random.weighted(FUNDERS), role: 'funder' });
  const host = venues[0];
  if (host !== undefined && random.chance(0.2)) parties.push({ ref: host.country, role: 'host' });
  return parties;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

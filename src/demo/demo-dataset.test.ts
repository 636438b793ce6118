import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDatasetFile } from '../contracts/parse-dataset-file.ts';
import { validateDataset } from '../core/dataset/validate-dataset.ts';
import { validateActivity, validateDateRange, type ReferenceLookup } from '../core/activities/validate-activity.ts';
import { parseInstrumentSymbol } from '../core/instruments/symbol.ts';
import { isParagraph, mandateKey, type MandateRef } from '../core/mandates/mandate.ts';
import { WORK_PLAN_LEVELS } from '../core/work-plans/work-plan.ts';
import { isKnownCountry } from '../core/reference/countries.ts';
import { getOrganisation } from '../core/reference/organisations.ts';
import { foldText } from '../core/reference/fold-text.ts';
import { comparePartialDates, parsePartialDate } from '../core/shared/partial-date.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sharedDir = resolve(here, '../../../shared');
// Read the way `mandates demo` reads it: the import file parser, then the contract.
const parsed = parseDatasetFile(readFileSync(join(here, 'demo-dataset.json'), 'utf8'));
if (!parsed.ok) throw new Error(`demo-dataset.json does not match the contract:\n${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
const data = parsed.dataset;

const R2619 = 'AG/RES. 2619 (XLI-O/11)';
const CICTE_2012 = 'wp-cicte-2012';
const CATALOGUE = 'wp-sms-2013-2015';

const symbols = new Set(data.instruments.map((i) => i.symbol));
const mandateKeys = new Set(data.mandates.map((m) => mandateKey(m)));
const acronyms = new Set(data.organisations.map((o) => o.acronym));
const outputIds = new Set(data.plannedOutputs.map((o) => o.id));
const activityIds = new Set(data.activities.map((a) => a.id));
const itemsById = new Map(data.workPlanItems.map((i) => [i.id, i]));

function resolves(ref: MandateRef): boolean {
  return ref.paragraph === null ? symbols.has(ref.instrument) : mandateKeys.has(mandateKey(ref));
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

const lookup: ReferenceLookup = {
  isKnownCountry,
  isKnownOrganisation: (acronym) => acronyms.has(acronym),
  isKnownMandate: (instrument, paragraph) => resolves({ instrument, paragraph }),
  isKnownPlannedOutput: (id) => outputIds.has(id),
};

void test('the import validation finds no problem in the file on an empty database', () => {
  const empty = new Set<string>();
  const stored = { instrumentSymbols: empty, mandateKeys: empty, organisationAcronyms: empty, plannedOutputIds: empty, activityIds: empty, ids: empty };
  assert.deepEqual(parsed.locateProblems(validateDataset(data, stored, isKnownCountry)), []);
});

void test('every id is unique across the whole file, and so are symbols, mandate keys and acronyms', () => {
  const ids = [
    ...data.instruments, ...data.mandates, ...data.workPlans, ...data.workPlanItems, ...data.plannedOutputs,
    ...data.activities, ...data.followUps, ...data.assistanceRequests, ...data.focalPoints,
  ].map((r) => r.id);
  assert.deepEqual(duplicates(ids), []);
  assert.deepEqual(duplicates(data.instruments.map((i) => i.symbol)), []);
  assert.deepEqual(duplicates(data.mandates.map((m) => mandateKey(m))), []);
  assert.deepEqual(duplicates(data.organisations.map((o) => o.acronym)), []);
});

void test('instruments carry canonical symbols and a year that agrees with the adoption date', () => {
  for (const instrument of data.instruments) {
    const symbol = parseInstrumentSymbol(instrument.symbol);
    assert.ok(symbol.isRecognised, `${instrument.symbol} is not a recognised symbol`);
    assert.equal(symbol.canonical, instrument.symbol, `${instrument.symbol} is not written canonically`);
    if (symbol.year !== undefined) assert.equal(instrument.year, symbol.year, `${instrument.symbol}: year`);
    if (instrument.adoptedOn !== null) assert.equal(parsePartialDate(instrument.adoptedOn)?.year, instrument.year, `${instrument.symbol}: adoptedOn`);
    assert.ok(instrument.title.en, `${instrument.symbol} needs an English title`);
  }
});

void test('organisations agree with the reference table and their parents are in the file', () => {
  for (const organisation of data.organisations) {
    const reference = getOrganisation(organisation.acronym);
    assert.ok(reference, `${organisation.acronym} is not in the reference organisation table`);
    assert.equal(organisation.type, reference.type, `${organisation.acronym}: type`);
    assert.equal(organisation.parent, reference.parent, `${organisation.acronym}: parent`);
    if (organisation.parent !== null) assert.ok(acronyms.has(organisation.parent), `${organisation.acronym}: parent ${organisation.parent} missing`);
  }
  for (const unit of ['CICTE', 'CICAD', 'DPS']) assert.equal(data.organisations.find((o) => o.acronym === unit)?.parent, 'SMS');
  assert.equal(data.organisations.find((o) => o.acronym === 'SMS')?.parent, 'OAS');
});

void test('mandates belong to recorded instruments, and each renewal points to an earlier one that exists', () => {
  const yearOf = new Map(data.instruments.map((i) => [i.symbol, i.year]));
  for (const mandate of data.mandates) {
    const label = mandateKey(mandate);
    assert.ok(symbols.has(mandate.instrument), `${label}: unknown instrument`);
    assert.ok(isParagraph(mandate.paragraph), `${label}: paragraph`);
    assert.ok(mandate.text.en && mandate.text.fr, `${label}: needs English and French text`);
    for (const unit of mandate.units) assert.ok(acronyms.has(unit), `${label}: unknown unit ${unit}`);
    if (mandate.renews === null) continue;
    assert.ok(resolves(mandate.renews), `${label}: renews ${mandateKey(mandate.renews)}, which is not recorded`);
    const [before, after] = [yearOf.get(mandate.renews.instrument), yearOf.get(mandate.instrument)];
    assert.ok(before != null && after != null && before < after, `${label}: renews something not older`);
  }
});

void test('resolution 2619 has paragraphs 4.a to 4.j and the border-security mandate traces back to 2325', () => {
  const paragraphs = data.mandates.filter((m) => m.instrument === R2619).map((m) => m.paragraph).sort();
  assert.deepEqual(paragraphs, 'abcdefghij'.split('').map((l) => `4.${l}`));
  const byKey = new Map(data.mandates.map((m) => [mandateKey(m), m]));
  const chain: string[] = [];
  let ref: MandateRef | null = { instrument: R2619, paragraph: '4.b' };
  while (ref !== null) {
    chain.push(mandateKey(ref));
    ref = byKey.get(mandateKey(ref))?.renews ?? null;
  }
  assert.deepEqual(chain, [
    'AG/RES. 2619 (XLI-O/11)#4.b',
    'AG/RES. 2485 (XXXIX-O/09)#5.b',
    'AG/RES. 2397 (XXXVIII-O/08)#6.b',
    'AG/RES. 2325 (XXXVII-O/07)#',
  ]);
});

void test('work plans form trees domain → programme → project whose citations resolve', () => {
  const plans = new Map(data.workPlans.map((p) => [p.id, p]));
  for (const plan of data.workPlans) {
    assert.ok(acronyms.has(plan.unit), `${plan.id}: unknown unit`);
    assert.deepEqual(validateDateRange(plan.periodStart, plan.periodEnd, [plan.id]), []);
    if (plan.symbol !== null) assert.equal(parseInstrumentSymbol(plan.symbol).canonical, plan.symbol);
  }
  for (const item of data.workPlanItems) {
    assert.ok(plans.has(item.workPlanId), `${item.id}: unknown work plan`);
    const level = WORK_PLAN_LEVELS.indexOf(item.level);
    if (item.parentId === null) {
      assert.equal(item.level, 'domain', `${item.id}: only domains sit at the root`);
    } else {
      const parent = itemsById.get(item.parentId);
      assert.ok(parent, `${item.id}: unknown parent ${item.parentId}`);
      assert.equal(parent.workPlanId, item.workPlanId, `${item.id}: parent in another plan`);
      assert.equal(WORK_PLAN_LEVELS.indexOf(parent.level), level - 1, `${item.id}: parent level`);
    }
    for (const ref of [...item.mandates, ...item.objectives]) assert.ok(resolves(ref), `${item.id}: ${mandateKey(ref)} not recorded`);
    assert.ok(item.title.en && item.title.fr, `${item.id}: needs English and French titles`);
  }
});

void test('the CICTE 2012 plan has its five areas and every project has at least one planned output', () => {
  const items = data.workPlanItems.filter((i) => i.workPlanId === CICTE_2012);
  assert.equal(items.filter((i) => i.level === 'domain').length, 5);
  for (const output of data.plannedOutputs) {
    const item = itemsById.get(output.itemId);
    assert.ok(item, `${output.id}: unknown item`);
    assert.equal(item.level, 'project', `${output.id}: outputs hang from projects`);
  }
  const projects = items.filter((i) => i.level === 'project');
  const withOutputs = new Set(data.plannedOutputs.map((o) => o.itemId));
  assert.deepEqual(projects.filter((p) => !withOutputs.has(p.id)).map((p) => p.id), []);
  const outputs = data.plannedOutputs.filter((o) => itemsById.get(o.itemId)?.workPlanId === CICTE_2012);
  assert.equal(outputs.length, 47);
  const undetermined = outputs.filter((o) => o.target.kind === 'to_be_determined');
  assert.equal(undetermined.filter((o) => o.target.kind === 'to_be_determined' && o.target.reason === 'funding').length, 7);
  const scholarships = outputs.filter((o) => o.target.kind === 'quantity' && o.target.unit === 'scholarships');
  assert.deepEqual(scholarships.map((o) => (o.target.kind === 'quantity' ? o.target.value : 0)).sort((a, b) => a - b), [10, 40]);
  // Every domain of the plan is backed by at least one mandate, on itself or on an item below it.
  for (const domain of items.filter((i) => i.level === 'domain')) assert.ok(domain.mandates.length > 0, domain.id);
});

void test('the 2013-2015 catalogue maps each of its fifteen programmes to plan-of-action objectives', () => {
  const items = data.workPlanItems.filter((i) => i.workPlanId === CATALOGUE);
  assert.equal(items.filter((i) => i.level === 'domain').length, 3);
  const programmes = items.filter((i) => i.level === 'programme');
  assert.equal(programmes.length, 15);
  for (const programme of programmes) {
    assert.ok(programme.objectives.length > 0, `${programme.id}: no objective`);
    for (const objective of programme.objectives) assert.equal(objective.instrument, 'CP/doc.4708/12');
  }
});

void test('activities pass the core validation against the file itself', () => {
  for (const activity of data.activities) {
    assert.deepEqual(validateActivity(activity, lookup), [], activity.id);
    assert.ok(activity.description.length > 0, `${activity.id}: description`);
  }
});

void test('the 58 activities of the 2011 Caribbean report each answer a paragraph of resolution 2619', () => {
  assert.equal(data.activities.length, 58);
  for (const activity of data.activities) {
    assert.ok(activity.mandates.some((m) => m.instrument === R2619 && m.paragraph?.startsWith('4.')), activity.id);
  }
  const drafts = data.activities.filter((a) => !a.isPublished);
  assert.ok(drafts.length > 0 && drafts.length <= 5, `expected a few drafts, found ${drafts.length}`);
  assert.ok(data.activities.some((a) => a.plannedOutputIds.length > 0), 'some activity should deliver a planned output');
});

void test('activities linked to a planned output fall inside its work plan period', () => {
  const planOf = new Map(data.plannedOutputs.map((o) => [o.id, data.workPlans.find((p) => p.id === itemsById.get(o.itemId)?.workPlanId)]));
  for (const activity of data.activities) {
    for (const id of activity.plannedOutputIds) {
      const plan = planOf.get(id);
      assert.ok(plan && activity.dates.start !== null, `${activity.id}: ${id}`);
      assert.ok(comparePartialDates(activity.dates.start, plan.periodStart) >= 0 && comparePartialDates(activity.dates.start, plan.periodEnd) <= 0, `${activity.id} is outside ${plan.id}`);
    }
  }
});

void test('follow-ups, requests and focal points point at recorded activities, countries and organisations', () => {
  const startOf = new Map(data.activities.map((a) => [a.id, a.dates.start ?? a.dates.end]));
  for (const followUp of data.followUps) {
    assert.ok(activityIds.has(followUp.activityId), `${followUp.id}: unknown activity`);
    if (followUp.country !== null) assert.ok(isKnownCountry(followUp.country), followUp.id);
    const start = startOf.get(followUp.activityId);
    if (start != null) assert.ok(comparePartialDates(followUp.observedOn, start) >= 0, `${followUp.id} is observed before its activity`);
    assert.ok(followUp.evidence, `${followUp.id}: say where the finding comes from`);
  }
  for (const request of data.assistanceRequests) {
    assert.ok(isKnownCountry(request.country), request.id);
    for (const id of request.activityIds) assert.ok(activityIds.has(id), `${request.id}: unknown activity ${id}`);
  }
  for (const point of data.focalPoints) {
    assert.ok(isKnownCountry(point.country), point.id);
    if (point.organisation !== null) assert.ok(acronyms.has(point.organisation), point.id);
    // Contacts are invented: reserved example domain, and they say so.
    assert.match(point.email ?? '', /@example\.org$/, point.id);
    assert.match(point.role ?? '', /illustrative/i, point.id);
  }
  assert.ok(data.followUps.length >= 5 && data.assistanceRequests.length >= 5 && data.focalPoints.length >= 5);
});

// The gold reading of the 2011 report is the checklist the demo activities were written from.
const goldDir = join(sharedDir, 'eval/gold');
const goldFile = existsSync(goldDir) ? readdirSync(goldDir).find((f) => f.startsWith('000_')) : undefined;

void test('the demo activities state the same facts as the careful reading of the 2011 report', { skip: goldFile === undefined ? `no gold reading under ${goldDir}` : false }, () => {
  const gold = JSON.parse(readFileSync(join(goldDir, goldFile ?? ''), 'utf8')) as { activities: GoldActivity[] };
  const fromGold = gold.activities.map((g) =>
    signature(g.type, g.start, g.end, g.venues, g.countries, g.participants?.count ?? null, g.organizations, g.funders, g.status, g.mandates),
  );
  const fromDemo = data.activities.map((a) =>
    signature(
      a.type, a.dates.start, a.dates.end, a.venues.map((v) => v.country), a.participatingCountries, a.participants?.total ?? null,
      a.parties.filter((p) => p.role !== 'funder').map((p) => p.ref), a.parties.filter((p) => p.role === 'funder').map((p) => p.ref),
      a.status, a.mandates,
    ),
  );
  assert.deepEqual([...fromDemo].sort(), [...fromGold].sort());
});

interface GoldActivity {
  type: string;
  start: string | null;
  end: string | null;
  venues: string[];
  countries: string[];
  participants: { count: number } | null;
  organizations: string[];
  funders: string[];
  status: string;
  mandates: MandateRef[];
}

function signature(
  type: string, start: string | null, end: string | null, venues: readonly string[], countries: readonly string[], count: number | null,
  organisations: readonly string[], funders: readonly string[], status: string, mandates: readonly MandateRef[],
): string {
  const set = (values: readonly string[]) => [...new Set(values)].sort().join(',');
  return [type, start, end, set(venues), set(countries), count, set(organisations), set(funders), status, set(mandates.map(mandateKey))].join(' | ');
}

// Our words, not the documents': no run of ten words from the French corpus may appear in the demo's texts.
const corpusDir = join(sharedDir, 'corpus');
const SHINGLE = 10;

void test('the demo texts do not copy sentences of the source documents', { skip: existsSync(corpusDir) ? false : `no corpus under ${corpusDir}` }, () => {
  const shingles = new Set<string>();
  for (const file of readdirSync(corpusDir)) {
    const words = wordsOf(readFileSync(join(corpusDir, file), 'utf8'));
    for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE).join(' '));
  }
  const texts = [
    ...data.mandates.flatMap((m) => Object.values(m.text)),
    ...data.workPlanItems.flatMap((i) => Object.values(i.title)),
    ...data.plannedOutputs.flatMap((o) => Object.values(o.description)),
    ...data.activities.flatMap((a) => [a.title, a.description]),
    ...data.followUps.map((f) => f.statement),
  ].filter((t): t is string => typeof t === 'string');
  const copied: string[] = [];
  for (const text of texts) {
    const words = wordsOf(text);
    for (let i = 0; i + SHINGLE <= words.length; i++) {
      if (shingles.has(words.slice(i, i + SHINGLE).join(' '))) copied.push(text);
    }
  }
  assert.deepEqual([...new Set(copied)], []);
});

function wordsOf(text: string): string[] {
  return foldText(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

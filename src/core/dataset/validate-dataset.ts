import { validateActivity, validateDateRange } from '../activities/validate-activity.ts';
import { mandateKey } from '../mandates/mandate.ts';
import { problem, prefixProblems, type Problem } from '../shared/problem.ts';
import type { Dataset, DatasetSection } from './dataset.ts';
import type { KnownKeys } from './dataset-store.ts';

/**
 * Checks a dataset as a whole before anything is written: unique ids and symbols, every reference
 * resolvable in the file or in what is already stored, and each record's own rules. Returns every
 * problem with its path into the file.
 */
export function validateDataset(
  dataset: Dataset,
  stored: KnownKeys,
  isKnownCountry: (iso3: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  const at = (section: DatasetSection, index: number, ...rest: (string | number)[]) => [section, index, ...rest];

  const ids = new Map<string, string>();
  const claimId = (section: DatasetSection, index: number, id: string) => {
    const owner = ids.get(id);
    if (owner !== undefined) {
      problems.push(problem(at(section, index, 'id'), 'duplicate', `id "${id}" is used twice (first at ${owner})`));
    } else {
      ids.set(id, `${section}[${index}]`);
    }
  };

  const organisations = new Set(stored.organisationAcronyms);
  dataset.organisations.forEach((org, i) => {
    if (organisations.has(org.acronym) && !stored.organisationAcronyms.has(org.acronym)) {
      problems.push(problem(at('organisations', i, 'acronym'), 'duplicate', `organisation ${org.acronym} is listed twice`));
    }
    organisations.add(org.acronym);
  });
  dataset.organisations.forEach((org, i) => {
    if (org.parent !== null && !organisations.has(org.parent)) {
      problems.push(problem(at('organisations', i, 'parent'), 'unknown_reference', `parent organisation ${org.parent} is not known`));
    }
  });

  const symbols = new Map<string, number>();
  dataset.instruments.forEach((instrument, i) => {
    claimId('instruments', i, instrument.id);
    const first = symbols.get(instrument.symbol);
    if (first !== undefined) {
      problems.push(problem(at('instruments', i, 'symbol'), 'duplicate', `symbol ${instrument.symbol} is already used by instruments[${first}]`));
    } else {
      symbols.set(instrument.symbol, i);
    }
    if (instrument.adoptedOn !== null) problems.push(...validateDateRange(instrument.adoptedOn, null, at('instruments', i, 'adoptedOn')));
  });
  const instrumentKnown = (symbol: string) => symbols.has(symbol) || stored.instrumentSymbols.has(symbol);

  const mandates = new Set(stored.mandateKeys);
  dataset.mandates.forEach((mandate, i) => {
    claimId('mandates', i, mandate.id);
    if (!instrumentKnown(mandate.instrument)) {
      problems.push(problem(at('mandates', i, 'instrument'), 'unknown_reference', `instrument ${mandate.instrument} is not in the file nor stored`));
    }
    const key = mandateKey(mandate);
    if (mandates.has(key) && !stored.mandateKeys.has(key)) {
      problems.push(problem(at('mandates', i, 'paragraph'), 'duplicate', `paragraph ${mandate.paragraph} of ${mandate.instrument} is listed twice`));
    }
    mandates.add(key);
  });
  const mandateKnown = (instrument: string, paragraph: string | null) =>
    paragraph === null ? instrumentKnown(instrument) : mandates.has(mandateKey({ instrument, paragraph }));
  dataset.mandates.forEach((mandate, i) => {
    if (mandate.renews !== null && !mandateKnown(mandate.renews.instrument, mandate.renews.paragraph)) {
      problems.push(problem(at('mandates', i, 'renews'), 'unknown_reference', `renewed mandate ${mandate.renews.instrument} ${mandate.renews.paragraph ?? ''} is not known`));
    }
    mandate.units.forEach((unit, j) => {
      if (!organisations.has(unit)) problems.push(problem(at('mandates', i, 'units', j), 'unknown_reference', `unit ${unit} is not a known organisation`));
    });
  });

  const workPlans = new Set<string>();
  dataset.workPlans.forEach((plan, i) => {
    claimId('workPlans', i, plan.id);
    workPlans.add(plan.id);
    problems.push(...validateDateRange(plan.periodStart, plan.periodEnd, at('workPlans', i, 'period')));
    if (!organisations.has(plan.unit)) problems.push(problem(at('workPlans', i, 'unit'), 'unknown_reference', `unit ${plan.unit} is not a known organisation`));
  });
  const items = new Set<string>();
  dataset.workPlanItems.forEach((item, i) => {
    claimId('workPlanItems', i, item.id);
    items.add(item.id);
  });
  dataset.workPlanItems.forEach((item, i) => {
    if (!workPlans.has(item.workPlanId)) problems.push(problem(at('workPlanItems', i, 'workPlanId'), 'unknown_reference', `work plan ${item.workPlanId} is not in the file`));
    if (item.parentId !== null && !items.has(item.parentId)) problems.push(problem(at('workPlanItems', i, 'parentId'), 'unknown_reference', `parent item ${item.parentId} is not in the file`));
    [...item.mandates, ...item.objectives].forEach((ref, j) => {
      if (!mandateKnown(ref.instrument, ref.paragraph)) {
        const field = j < item.mandates.length ? 'mandates' : 'objectives';
        const index = j < item.mandates.length ? j : j - item.mandates.length;
        problems.push(problem(at('workPlanItems', i, field, index), 'unknown_reference', `no mandate ${ref.instrument} ${ref.paragraph ?? ''} is recorded`.trim()));
      }
    });
  });
  const outputs = new Set(stored.plannedOutputIds);
  dataset.plannedOutputs.forEach((output, i) => {
    claimId('plannedOutputs', i, output.id);
    outputs.add(output.id);
    if (!items.has(output.itemId)) problems.push(problem(at('plannedOutputs', i, 'itemId'), 'unknown_reference', `work plan item ${output.itemId} is not in the file`));
  });

  const activities = new Set(stored.activityIds);
  const lookup = {
    isKnownCountry,
    isKnownOrganisation: (acronym: string) => organisations.has(acronym),
    isKnownMandate: mandateKnown,
    isKnownPlannedOutput: (id: string) => outputs.has(id),
  };
  dataset.activities.forEach((activity, i) => {
    claimId('activities', i, activity.id);
    activities.add(activity.id);
    problems.push(...prefixProblems(['activities', i], validateActivity(activity, lookup)));
  });

  dataset.followUps.forEach((followUp, i) => {
    claimId('followUps', i, followUp.id);
    if (!activities.has(followUp.activityId)) problems.push(problem(at('followUps', i, 'activityId'), 'unknown_reference', `activity ${followUp.activityId} is not known`));
    if (followUp.country !== null && !isKnownCountry(followUp.country)) problems.push(problem(at('followUps', i, 'country'), 'unknown_reference', `unknown country code "${followUp.country}"`));
  });
  dataset.assistanceRequests.forEach((request, i) => {
    claimId('assistanceRequests', i, request.id);
    if (!isKnownCountry(request.country)) problems.push(problem(at('assistanceRequests', i, 'country'), 'unknown_reference', `unknown country code "${request.country}"`));
    request.activityIds.forEach((id, j) => {
      if (!activities.has(id)) problems.push(problem(at('assistanceRequests', i, 'activityIds', j), 'unknown_reference', `activity ${id} is not known`));
    });
  });
  dataset.focalPoints.forEach((person, i) => {
    claimId('focalPoints', i, person.id);
    if (!isKnownCountry(person.country)) problems.push(problem(at('focalPoints', i, 'country'), 'unknown_reference', `unknown country code "${person.country}"`));
    if (person.organisation !== null && !organisations.has(person.organisation)) {
      problems.push(problem(at('focalPoints', i, 'organisation'), 'unknown_reference', `organisation ${person.organisation} is not known`));
    }
  });
  return problems;
}

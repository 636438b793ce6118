import type { WorkPlanLevel } from '../core/work-plans/work-plan.ts';
import { findMandateCitations } from './citations.ts';
import type { Language, MandateCitation, TextSpan } from './extraction.ts';
import { findObjectives } from './plan-objectives.ts';
import { readPlannedOutputs } from './planned-outputs.ts';
import type { PlannedOutputCandidate } from './planned-outputs.ts';
import { readCatalogueRows, readTableRows } from './work-plan-rows.ts';
import type { PlanRow } from './work-plan-rows.ts';

export type { PlannedOutputCandidate } from './planned-outputs.ts';

/** One node of a plan: a domain, a programme or a project, with what it promises and cites. */
export interface WorkPlanNode {
  readonly level: WorkPlanLevel;
  /** The position label as printed ("1", "A", "1.2"), when there is one. */
  readonly code: string | null;
  readonly title: string;
  readonly mandates: readonly MandateCitation[];
  /** Plan-of-action objectives served, as printed ("1.1.3"). */
  readonly objectives: readonly string[];
  readonly outputs: readonly PlannedOutputCandidate[];
  readonly children: readonly WorkPlanNode[];
  /** The row (or numbered item with its paragraph) the node was read from. */
  readonly source: TextSpan;
}

interface Building {
  level: WorkPlanLevel;
  code: string | null;
  title: string;
  mandates: MandateCitation[];
  objectives: string[];
  outputs: PlannedOutputCandidate[];
  children: Building[];
  source: TextSpan;
  /** Where the node's own words are: citations found there belong to it. */
  own: TextSpan;
}

const DEPTH: Readonly<Record<WorkPlanLevel, number>> = { domain: 0, programme: 1, project: 2 };
// Plans printed as tables have many tab-separated rows; below this the text is read as a catalogue.
const MIN_TABLE_ROWS = 3;
const MAX_TITLE_CHARS = 400;

/**
 * Reads a work plan into its tree: a table flattened to tab-separated lines (domain, programme,
 * project, output columns, with empty leading cells inheriting from the rows above), or a catalogue
 * of chapters and numbered items ("Chapitre 1 :", "1.1 Title. Description (Objectif 1.1.3)").
 */
export function readWorkPlanTree(text: string, language: Language): WorkPlanNode[] {
  if (lastTree?.language === language && lastTree.text === text) return [...lastTree.roots];
  const roots = buildWorkPlanTree(text, language);
  lastTree = { text, language, roots };
  return [...roots];
}

// A caller may ask for the tree and then extract the same plan, which reads the tree again: the last answer is kept.
let lastTree: { readonly text: string; readonly language: Language; readonly roots: readonly WorkPlanNode[] } | null = null;

function buildWorkPlanTree(text: string, language: Language): WorkPlanNode[] {
  const tableRows = readTableRows(text, language);
  const rows = tableRows.length >= MIN_TABLE_ROWS ? tableRows : readCatalogueRows(text, language);
  const roots = assemble(text, rows, language);
  attachReferences(text, roots, language);
  return roots.map(toNode);
}

function toNode(node: Building): WorkPlanNode {
  const { level, code, title, mandates, objectives, outputs, source } = node;
  return { level, code, title, mandates, objectives, outputs, children: node.children.map(toNode), source };
}

function assemble(text: string, rows: readonly PlanRow[], language: Language): Building[] {
  const roots: Building[] = [];
  const open: (Building | undefined)[] = [undefined, undefined, undefined];
  for (const row of rows) {
    let deepest: Building | undefined;
    for (const cell of row.cells) {
      const depth = DEPTH[cell.level];
      const parent = open.slice(0, depth).reverse().find((node) => node !== undefined);
      const current = open[depth];
      if (cell.isContinuation && current !== undefined) {
        if (current.title.length < MAX_TITLE_CHARS) current.title = `${current.title} ${cell.title}`.trim().slice(0, MAX_TITLE_CHARS);
        current.source = cover(current.source, row.source);
        current.own = cover(current.own, cell.span);
        deepest = current;
        continue;
      }
      const node: Building = {
        level: cell.level, code: cell.code, title: cell.title, mandates: [], objectives: [], outputs: [], children: [],
        source: row.source, own: cell.span,
      };
      (parent === undefined ? roots : parent.children).push(node);
      open[depth] = node;
      for (let deeper = depth + 1; deeper < open.length; deeper += 1) open[deeper] = undefined;
      deepest = node;
    }
    deepest ??= open.slice().reverse().find((node) => node !== undefined);
    if (deepest === undefined) continue;
    if (row.outputs !== null) deepest.outputs.push(...readPlannedOutputs(text, row.outputs.start, row.outputs.end, language));
    if (row.extends !== null) {
      deepest.source = cover(deepest.source, row.extends);
      deepest.own = cover(deepest.own, row.extends);
    }
  }
  return roots;
}

/** Each citation and objective goes to the deepest node whose own words contain it. */
function attachReferences(text: string, roots: readonly Building[], language: Language): void {
  const nodes = flatten(roots).sort((a, b) => a.own.start - b.own.start || DEPTH[b.level] - DEPTH[a.level]);
  if (nodes.length === 0) return;
  const ownerOf = (position: number): Building | undefined => {
    let owner: Building | undefined;
    for (const node of nodesAround(nodes, position)) {
      if (node.own.start <= position && position < node.own.end && (owner === undefined || DEPTH[node.level] > DEPTH[owner.level])) owner = node;
    }
    return owner;
  };
  for (const citation of findMandateCitations(text, language)) {
    const owner = ownerOf(citation.start);
    const cited = { instrument: citation.instrument, paragraph: citation.paragraph };
    if (owner && !owner.mandates.some((m) => m.instrument === cited.instrument && m.paragraph === cited.paragraph)) owner.mandates.push(cited);
  }
  for (const objective of findObjectives(text, language)) {
    const owner = ownerOf(objective.start);
    if (owner && !owner.objectives.includes(objective.code)) owner.objectives.push(objective.code);
  }
}

/** Nodes are sorted by start; a binary search finds those that may contain the position. */
function nodesAround(nodes: readonly Building[], position: number): Building[] {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((nodes[middle]?.own.start ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  // Spans of one row or one item overlap only their neighbours: a few steps back suffice.
  return nodes.slice(Math.max(0, low - 8), low);
}

function flatten(nodes: readonly Building[]): Building[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

function cover(a: TextSpan, b: TextSpan): TextSpan {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

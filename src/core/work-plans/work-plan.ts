import type { LocalizedText } from '../shared/localized-text.ts';
import type { MandateRef } from '../mandates/mandate.ts';

/** A unit's plan for a period (CICTE 2012) or a multi-year catalogue (2013-2015). */
export interface WorkPlan {
  readonly id: string;
  readonly version: number;
  /** The document's own symbol when it has one, e.g. "CICTE/doc.5/12 rev.1". */
  readonly symbol: string | null;
  readonly unit: string;
  readonly title: LocalizedText;
  readonly periodStart: string;
  readonly periodEnd: string;
}

export const WORK_PLAN_LEVELS = ['domain', 'programme', 'project'] as const;
export type WorkPlanLevel = (typeof WORK_PLAN_LEVELS)[number];

/** One node of the tree domain → programme → project. */
export interface WorkPlanItem {
  readonly id: string;
  readonly version: number;
  readonly workPlanId: string;
  readonly parentId: string | null;
  readonly level: WorkPlanLevel;
  /** Position label as printed ("1", "1.2", "A"). */
  readonly code: string;
  readonly title: LocalizedText;
  readonly mandates: readonly MandateRef[];
  /** Plan-of-action objectives served, as mandate refs (CP/doc.4708/12 objective 1.1.3). */
  readonly objectives: readonly MandateRef[];
}

/**
 * What a project promises: "10 national courses", or a target left open until funding is found.
 */
export type OutputTarget =
  | { readonly kind: 'quantity'; readonly value: number; readonly unit: string }
  | { readonly kind: 'to_be_determined'; readonly reason: 'funding' | 'unspecified' };

export interface PlannedOutput {
  readonly id: string;
  readonly version: number;
  readonly itemId: string;
  readonly description: LocalizedText;
  readonly target: OutputTarget;
}

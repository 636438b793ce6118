import type { LocalizedText } from '../shared/localized-text.ts';

/**
 * A pointer to a mandate: an instrument's canonical symbol and one operative paragraph ("4.b",
 * "5", or null when a text cites the whole instrument).
 */
export interface MandateRef {
  readonly instrument: string;
  readonly paragraph: string | null;
}

/** One operative paragraph of an instrument, the unit the secretariat reports against. */
export interface Mandate {
  readonly id: string;
  readonly version: number;
  readonly instrument: string;
  readonly paragraph: string;
  readonly text: LocalizedText;
  /** The earlier paragraph this one renews (2619 4.b renews 2485 5.b), if any. */
  readonly renews: MandateRef | null;
  /** The units responsible for carrying it out (CICTE, CICAD, DPS…). */
  readonly units: readonly string[];
}

const PARAGRAPH = /^\d{1,3}(?:\.[a-z]{1,2}|\.\d{1,3}){0,3}$/;

/** Operative paragraph references read as "4", "4.b", "1.1.3" (plan-of-action objective numbers). */
export function isParagraph(value: string): boolean {
  return PARAGRAPH.test(value);
}

export function mandateKey(ref: MandateRef): string {
  return `${ref.instrument}#${ref.paragraph ?? ''}`;
}

export function sameMandate(a: MandateRef, b: MandateRef): boolean {
  return a.instrument === b.instrument && a.paragraph === b.paragraph;
}

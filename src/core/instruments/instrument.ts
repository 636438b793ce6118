import type { LocalizedText } from '../shared/localized-text.ts';

export const INSTRUMENT_KINDS = [
  'resolution',
  'declaration',
  'decision',
  'plan',
  'council_document',
  'committee_document',
  'meeting_document',
  'un_resolution',
  'other',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** A resolution, declaration, decision, plan or conclusions from which mandates flow. */
export interface Instrument {
  readonly id: string;
  readonly version: number;
  /** Canonical symbol, e.g. "AG/RES. 2619 (XLI-O/11)"; unique. */
  readonly symbol: string;
  readonly kind: InstrumentKind;
  /** Issuing body: AG (General Assembly), CP (Permanent Council), CICTE, UNSC… */
  readonly body: string;
  readonly title: LocalizedText;
  readonly year: number | null;
  /** Adoption date at its known precision. */
  readonly adoptedOn: string | null;
}

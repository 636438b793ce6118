import type { MandateRef } from '../core/mandates/mandate.ts';
import type { ProposedActivity } from '../core/review/review-candidate.ts';

/** The shapes every ingestion stage shares: what a document's text becomes before review. */

export type Language = 'fr' | 'en' | 'es' | 'pt';
export type DocumentKind = 'report' | 'workplan';

/** Offsets into the document's text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A cited mandate: the instrument's canonical symbol and its paragraph, or null for the whole. */
export type MandateCitation = MandateRef;

/**
 * A proposed activity (the fields a reviewer sees, in the evaluation schema's shape) with the
 * passage it came from and how sure the pipeline is.
 */
export interface ExtractedActivity extends ProposedActivity {
  /** The passage it came from. */
  readonly source: TextSpan;
  /** 0..1 */
  readonly confidence: number;
}

export interface Extraction {
  readonly source: string;
  readonly language: Language;
  readonly kind: DocumentKind;
  readonly mandates: readonly MandateCitation[];
  readonly activities: readonly ExtractedActivity[];
}

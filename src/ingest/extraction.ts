import type { ActivityType } from '../core/activities/activity.ts';

/** The shapes every ingestion stage shares: what a document's text becomes before review. */

export type Language = 'fr' | 'en' | 'es' | 'pt';
export type DocumentKind = 'report' | 'workplan';

/** Offsets into the document's text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface MandateCitation {
  readonly instrument: string;
  readonly paragraph: string | null;
}

export interface ExtractedActivity {
  readonly type: ActivityType;
  /** YYYY | YYYY-MM | YYYY-MM-DD, as precise as the text. */
  readonly start: string | null;
  readonly end: string | null;
  readonly venues: readonly string[];
  readonly city: string | null;
  readonly countries: readonly string[];
  readonly participants: {
    readonly count: number;
    readonly qualifier: 'exact' | 'at_least' | 'about';
  } | null;
  readonly organizations: readonly string[];
  readonly funders: readonly string[];
  readonly status: 'done' | 'planned' | 'ongoing';
  readonly mandates: readonly MandateCitation[];
  /** A short label, e.g. the quoted course name. */
  readonly title: string | null;
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

import type { Extraction } from './extraction.ts';

/** The extraction in exactly the shape of the evaluation schema: without titles, spans and confidences. */
export interface SchemaExtraction {
  readonly source: string;
  readonly language: string;
  readonly kind: string;
  readonly mandates: readonly { readonly instrument: string; readonly paragraph: string | null }[];
  readonly activities: readonly {
    readonly type: string;
    readonly start: string | null;
    readonly end: string | null;
    readonly venues: readonly string[];
    readonly city: string | null;
    readonly countries: readonly string[];
    readonly participants: { readonly count: number; readonly qualifier: string } | null;
    readonly organizations: readonly string[];
    readonly funders: readonly string[];
    readonly status: string;
    readonly mandates: readonly { readonly instrument: string; readonly paragraph: string | null }[];
  }[];
}

export function toSchemaJson(extraction: Extraction): SchemaExtraction {
  return {
    source: extraction.source,
    language: extraction.language,
    kind: extraction.kind,
    mandates: extraction.mandates.map(({ instrument, paragraph }) => ({ instrument, paragraph })),
    activities: extraction.activities.map((a) => ({
      type: a.type,
      start: a.start,
      end: a.end,
      venues: [...a.venues],
      city: a.city,
      countries: [...a.countries],
      participants: a.participants ? { count: a.participants.count, qualifier: a.participants.qualifier } : null,
      organizations: [...a.organizations],
      funders: [...a.funders],
      status: a.status,
      mandates: a.mandates.map(({ instrument, paragraph }) => ({ instrument, paragraph })),
    })),
  };
}

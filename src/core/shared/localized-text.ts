// The organisation works in four official languages; any text may exist in some of them only.

export const LANGUAGES = ['en', 'es', 'fr', 'pt'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

// `| undefined` keeps the type assignable from parsed input under exactOptionalPropertyTypes.
export type LocalizedText = { readonly [L in LanguageCode]?: string | undefined };

export function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The text in the wanted language, else in the first language that has it. */
export function pickText(text: LocalizedText, language: LanguageCode): string | null {
  return text[language] ?? LANGUAGES.map((l) => text[l]).find((t) => t !== undefined) ?? null;
}

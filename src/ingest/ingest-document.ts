// The whole pipeline behind one call, for the CLI and the HTTP API: bytes in, extraction out.
import { detectKind } from './detect-kind.ts';
import { detectLanguage } from './detect-language.ts';
import { extractDocument } from './extract-document.ts';
import type { DocumentKind, Extraction, Language } from './extraction.ts';
import { readDocument, type ReadFailureCode } from './read-document.ts';

export interface IngestOptions {
  /** Overrides detection when a person knows better. */
  readonly language?: Language;
  readonly kind?: DocumentKind;
}

export type IngestResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly extraction: Extraction;
      readonly languageConfidence: number;
      readonly kindConfidence: number;
    }
  | { readonly ok: false; readonly code: ReadFailureCode; readonly message: string };

export async function ingestDocument(bytes: Uint8Array, fileName: string, options: IngestOptions = {}): Promise<IngestResult> {
  const read = await readDocument(bytes, fileName);
  if (!read.ok) return read;
  const language = options.language === undefined ? detectLanguage(read.text) : { language: options.language, confidence: 1 };
  const kind = options.kind === undefined ? detectKind(read.text, language.language) : { kind: options.kind, confidence: 1 };
  const extraction = extractDocument(read.text, { source: baseName(fileName), language: language.language, kind: kind.kind });
  return { ok: true, text: read.text, extraction, languageConfidence: language.confidence, kindConfidence: kind.confidence };
}

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut === -1 ? path : path.slice(cut + 1);
}

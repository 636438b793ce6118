import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { tidyLines } from './tidy-lines.ts';

export type PdfText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'no_text_layer' | 'encrypted' };

// pdfjs runs in-process here: no fonts, no eval, no console noise; text extraction needs none of them.
const OPTIONS = { verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false } as const;

/** The text layer of a PDF, page by page; a PDF made of scanned images has none. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  // pdfjs takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const task = getDocument({ ...OPTIONS, data: new Uint8Array(bytes) });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(joinItems(content.items));
      page.cleanup();
    }
    const text = tidyLines(pages.join('\n\n'));
    return /\S/.test(text) ? { ok: true, text } : { ok: false, reason: 'no_text_layer' };
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') return { ok: false, reason: 'encrypted' };
    throw error;
  } finally {
    await task.destroy();
  }
}

function joinItems(items: readonly unknown[]): string {
  let text = '';
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !('str' in item)) continue;
    const { str, hasEOL } = item as { str: string; hasEOL?: boolean };
    text += str;
    if (hasEOL === true) text += '\n';
  }
  return text;
}

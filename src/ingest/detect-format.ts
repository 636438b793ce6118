/** Decides what a file is from its first bytes, falling back to its extension only when they say nothing. */

export type DocumentFormat = 'text' | 'docx' | 'pdf' | 'html';

export type FormatVerdict =
  | { readonly ok: true; readonly format: DocumentFormat }
  | { readonly ok: false; readonly kind: string; readonly advice: string };

const SAVE_AS = 'save it as .docx or .pdf, or copy its text into a .txt file';
const RUN_OCR = 'run OCR on it first and ingest the resulting text, .docx or searchable .pdf';

const ADVICE_BY_EXTENSION: Readonly<Record<string, string>> = {
  xlsx: SAVE_AS, xls: SAVE_AS, ods: SAVE_AS, csv: SAVE_AS,
  pptx: SAVE_AS, ppt: SAVE_AS, odp: SAVE_AS,
  doc: 'open it in a word processor and save it as .docx',
  odt: 'open it in a word processor and save it as .docx',
  rtf: 'open it in a word processor and save it as .docx',
  png: RUN_OCR, jpg: RUN_OCR, jpeg: RUN_OCR, gif: RUN_OCR, tif: RUN_OCR, tiff: RUN_OCR, bmp: RUN_OCR, webp: RUN_OCR,
  zip: 'extract the document from the archive and ingest it alone',
  gz: 'extract the document from the archive and ingest it alone',
  '7z': 'extract the document from the archive and ingest it alone',
  rar: 'extract the document from the archive and ingest it alone',
};

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', '']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml']);

export function fileExtension(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export function detectFormat(bytes: Uint8Array, fileName: string): FormatVerdict {
  const extension = fileExtension(fileName);
  const sniffed = sniffMagic(bytes);
  if (sniffed !== null) return sniffed;
  if (HTML_EXTENSIONS.has(extension) || looksLikeHtml(bytes)) return { ok: true, format: 'html' };
  const advice = ADVICE_BY_EXTENSION[extension];
  if (advice !== undefined) return { ok: false, kind: `a .${extension} file`, advice };
  if (TEXT_EXTENSIONS.has(extension)) return { ok: true, format: 'text' };
  // Unknown extensions are tried as text; the decoder rejects what is binary.
  return { ok: true, format: 'text' };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

function sniffMagic(bytes: Uint8Array): FormatVerdict | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { ok: false, kind: 'a legacy Office file (.doc, .xls or .ppt)', advice: 'open it in its application and save it as .docx or .pdf' };
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    return { ok: false, kind: 'an .rtf file', advice: ADVICE_BY_EXTENSION['rtf'] ?? SAVE_AS };
  }
  if (isImage(bytes)) return { ok: false, kind: 'an image', advice: RUN_OCR };
  if (startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) {
    return { ok: false, kind: 'a compressed archive', advice: ADVICE_BY_EXTENSION['zip'] ?? SAVE_AS };
  }
  return null;
}

function isImage(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])
    || startsWith(bytes, [0xff, 0xd8, 0xff])
    || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
    || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00])
    || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]);
}

/** Office Open XML and OpenDocument files are zip archives; the names of their first entries tell them apart. */
function sniffZip(bytes: Uint8Array): FormatVerdict {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  if (head.includes('word/')) return { ok: true, format: 'docx' };
  if (head.includes('xl/')) return { ok: false, kind: 'an .xlsx spreadsheet', advice: SAVE_AS };
  if (head.includes('ppt/')) return { ok: false, kind: 'a .pptx presentation', advice: SAVE_AS };
  if (head.includes('opendocument.text')) return { ok: false, kind: 'an .odt document', advice: 'open it in a word processor and save it as .docx' };
  if (head.includes('opendocument')) return { ok: false, kind: 'an OpenDocument file', advice: SAVE_AS };
  // A .docx whose entries are ordered unusually still has [Content_Types].xml near the start.
  if (head.includes('[Content_Types].xml')) return { ok: true, format: 'docx' };
  return { ok: false, kind: 'a .zip archive', advice: ADVICE_BY_EXTENSION['zip'] ?? SAVE_AS };
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

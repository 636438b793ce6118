import { decodeText } from './decode-text.ts';
import type { TextEncoding } from './decode-text.ts';
import { detectFormat, fileExtension } from './detect-format.ts';
import type { DocumentFormat } from './detect-format.ts';
import { readDocx } from './read-docx.ts';
import { readHtml } from './read-html.ts';
import { readPdf } from './read-pdf.ts';

export type { DocumentFormat } from './detect-format.ts';
export type { TextEncoding } from './decode-text.ts';

export type ReadFailureCode = 'unsupported_input' | 'unreadable_input';

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly format: DocumentFormat; readonly encoding?: TextEncoding }
  | { readonly ok: false; readonly code: ReadFailureCode; readonly message: string };

/**
 * The only I/O-facing stage of ingestion: bytes and a file name become UTF-8 text, or a failure
 * whose message tells the person what to do with the file. Never throws.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const name = displayName(fileName);
  if (bytes.length === 0) return unreadable(`${name} is empty; check that the file was saved completely.`);
  const verdict = detectFormat(bytes, fileName);
  if (!verdict.ok) return { ok: false, code: 'unsupported_input', message: `${name} is ${verdict.kind}; ${verdict.advice}.` };
  try {
    return limitLength(await readByFormat(verdict.format, bytes, name), name);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const kind = verdict.format === 'text' || verdict.format === 'html' ? 'file' : `.${verdict.format} file`;
    return unreadable(`${name} looks like a ${kind} but could not be read (${reason}); open it and save it again, or copy its text into a .txt file.`);
  }
}

/**
 * One document may hold at most this much text, about 225 pages: a six-monthly report or a work
 * plan is far shorter (the longest sample is 37,000 characters), and a person reviews one batch
 * per document. Larger files are refused with advice to split them, so that reading a document
 * stays within a second whatever arrives (fuzz.test.ts: its slowest input of this size takes
 * about 300 ms on an idle two-core machine, under 750 ms when other work shares the cores); the
 * limit can grow as the pipeline gets faster.
 */
export const MAX_DOCUMENT_CHARS = 750_000;

function limitLength(result: ReadResult, name: string): ReadResult {
  if (!result.ok || result.text.length <= MAX_DOCUMENT_CHARS) return result;
  const thousands = Math.round(result.text.length / 1_000).toLocaleString('en');
  return {
    ok: false,
    code: 'unsupported_input',
    message: `${name} holds ${thousands} thousand characters of text, more than the ${(MAX_DOCUMENT_CHARS / 1_000).toLocaleString('en')} thousand one document may have (about 225 pages); split it into parts, e.g. per chapter or per year, and ingest each part.`,
  };
}

async function readByFormat(format: DocumentFormat, bytes: Uint8Array, name: string): Promise<ReadResult> {
  switch (format) {
    case 'text': return readPlainText(bytes, name);
    case 'html': return readHtmlFile(bytes, name);
    case 'docx': return await readDocxFile(bytes, name);
    case 'pdf': return await readPdfFile(bytes, name);
  }
}

function readPlainText(bytes: Uint8Array, name: string): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const extension = fileExtension(name);
    const what = extension === '' ? 'a binary file' : `a binary .${extension} file`;
    return { ok: false, code: 'unsupported_input', message: `${name} is ${what}, not text; save it as .txt (UTF-8), .docx, .pdf or .html.` };
  }
  return { ok: true, text: decoded.text, format: 'text', encoding: decoded.encoding };
}

function readHtmlFile(bytes: Uint8Array, name: string): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return unreadable(`${name} is named as HTML but holds binary data; save the page again as .html or .txt.`);
  return { ok: true, text: readHtml(decoded.text), format: 'html', encoding: decoded.encoding };
}

async function readDocxFile(bytes: Uint8Array, name: string): Promise<ReadResult> {
  const text = await readDocx(bytes);
  if (text.trim() === '') return unreadable(`${name} is a .docx with no text in it; check that it is the right file.`);
  return { ok: true, text, format: 'docx' };
}

async function readPdfFile(bytes: Uint8Array, name: string): Promise<ReadResult> {
  const result = await readPdf(bytes);
  if (result.ok) return { ok: true, text: result.text, format: 'pdf' };
  if (result.reason === 'encrypted') return unreadable(`${name} is a password-protected PDF; save an unprotected copy and ingest that.`);
  return unreadable(`${name} is a scanned PDF: no text layer, run OCR first (or ingest the original .docx).`);
}

function unreadable(message: string): ReadResult {
  return { ok: false, code: 'unreadable_input', message };
}

function displayName(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return base === '' ? 'The file' : base;
}

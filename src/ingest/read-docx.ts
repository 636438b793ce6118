import mammoth from 'mammoth';
import { tidyLines } from './tidy-lines.ts';

/** The raw text of a .docx: one paragraph per line; each table cell becomes its own paragraph. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return tidyLines(result.value.replace(/\r\n?/g, '\n'));
}

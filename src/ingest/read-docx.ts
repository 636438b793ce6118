import mammoth from 'mammoth';
import { readHtml } from './read-html.ts';

/**
 * The text of a .docx, one paragraph per line. It goes through mammoth's HTML rather than its raw
 * text so that a table row stays one line with tab-separated cells, the shape work plans are read in.
 */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  return readHtml(result.value);
}

/** Turns the bytes of a plain-text file into a string, guessing the encoding old office files used. */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly reason: 'binary' };

// Above this share of control characters the bytes are not a text someone typed.
const MAX_CONTROL_SHARE = 0.02;
const SAMPLE_BYTES = 64 * 1024;

/** UTF-8 (with or without BOM), UTF-16 (BOM, or the zero-byte pattern of plain ASCII), else Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const encoding = detectEncoding(bytes);
  const text = decodeWith(bytes, encoding);
  if (hasTooManyControls(text)) return { ok: false, reason: 'binary' };
  return { ok: true, text: normaliseNewlines(text), encoding };
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return bomless16;
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function decodeWith(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // TextDecoder strips a matching BOM itself (ignoreBOM defaults to false).
  return new TextDecoder(encoding).decode(bytes);
}

// Node's TextDecoder treats the 'windows-1252' label as ISO-8859-1, leaving 0x80–0x9F as C1 controls,
// yet Word files of the 2000s put curly quotes, dashes and the euro sign there.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let text = '';
  let from = 0;
  for (let i = 0; i < latin1.length; i += 1) {
    const code = latin1.charCodeAt(i);
    if (code < 0x80 || code > 0x9f) continue;
    text += latin1.slice(from, i) + (WINDOWS_1252_HIGH[code - 0x80] ?? '');
    from = i + 1;
  }
  return text + latin1.slice(from);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Text saved as UTF-16 without a BOM shows a zero byte beside nearly every Latin letter. */
function guessBomlessUtf16(bytes: Uint8Array): TextEncoding | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zeroEven += 1;
    if (bytes[i + 1] === 0) zeroOdd += 1;
  }
  const pairs = length / 2;
  if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

function hasTooManyControls(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_BYTES);
  if (length === 0) return false;
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    const isAllowedControl = code === 9 || code === 10 || code === 12 || code === 13;
    if ((code < 32 && !isAllowedControl) || code === 0xfffd) controls += 1;
  }
  return controls > length * MAX_CONTROL_SHARE;
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

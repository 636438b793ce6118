import { InvalidArgumentError } from 'commander';
import type { MandateRef } from '../core/mandates/mandate.ts';
import { parseInstrumentSymbol } from '../core/instruments/symbol.ts';

const PARAGRAPH_TOKEN = /^\d{1,3}(?:\.?[a-z]{1,2}|\.\d{1,3}){0,3}$/i;

/**
 * "AG/RES. 2619 (XLI-O/11) 4.b" or "AG/RES.2619 (XLI-O/11)" → a mandate reference with the
 * instrument in its canonical form, so people may type symbols the way documents print them.
 */
export function parseMandateArgument(value: string): MandateRef {
  const trimmed = value.trim();
  const lastSpace = trimmed.lastIndexOf(' ');
  const tail = trimmed.slice(lastSpace + 1);
  const hasParagraph = lastSpace > 0 && PARAGRAPH_TOKEN.test(tail);
  const symbol = hasParagraph ? trimmed.slice(0, lastSpace) : trimmed;
  const parsed = parseInstrumentSymbol(symbol);
  if (!parsed.isRecognised) {
    throw new InvalidArgumentError(`"${symbol}" is not an instrument symbol I know; write it as in "AG/RES. 2619 (XLI-O/11) 4.b"`);
  }
  const paragraph = hasParagraph ? tail.toLowerCase().replace(/^(\d+)([a-z])/, '$1.$2') : null;
  return { instrument: parsed.canonical, paragraph };
}

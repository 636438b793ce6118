import { Tokenizer } from 'htmlparser2';
import { tidyLines } from './tidy-lines.ts';

/** HTML to text that keeps the block structure: blocks become lines, table cells are tab-separated. */

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'pre', 'ul', 'ol']);
// Never 'head': pages that forget to close it would lose their whole text.
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'object']);

/**
 * Runs on htmlparser2's tokenizer rather than its parser: the parser keeps a stack of open elements
 * that costs quadratic time on deeply nested input, and text extraction needs no tree.
 */
export function readHtml(html: string): string {
  const out: string[] = [];
  let pendingBreak = 0; // 1 = new line, 2 = new paragraph; flushed before the next visible text
  let skipDepth = 0;
  let preDepth = 0;
  let cellIndex = 0;
  let cellDepth = 0;
  let lastOpened = '';
  // Inside a table cell a paragraph only separates words: the row must stay on one line.
  const requestBreak = (level: number) => {
    if (cellDepth > 0) out.push(' ');
    else pendingBreak = Math.max(pendingBreak, level);
  };
  const flushBreak = () => {
    if (pendingBreak > 0) out.push(pendingBreak === 2 ? '\n\n' : '\n');
    pendingBreak = 0;
  };
  const emitText = (text: string) => {
    if (skipDepth > 0) return;
    const visible = preDepth > 0 ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
    if (visible.trim() === '') { if (pendingBreak === 0) out.push(visible); return; }
    flushBreak();
    out.push(visible);
  };
  const open = (name: string) => {
    lastOpened = name;
    if (SKIPPED_TAGS.has(name)) { skipDepth += 1; return; }
    if (name === 'pre') preDepth += 1;
    if (name === 'br') out.push('\n');
    else if (name === 'tr') { cellIndex = 0; requestBreak(1); }
    else if (name === 'td' || name === 'th') {
      flushBreak();
      if (cellIndex > 0) out.push('\t');
      cellIndex += 1;
      cellDepth += 1;
    } else if (BLOCK_TAGS.has(name)) requestBreak(PARAGRAPH_TAGS.has(name) ? 2 : 1);
  };
  const close = (name: string) => {
    if (SKIPPED_TAGS.has(name)) { skipDepth = Math.max(0, skipDepth - 1); return; }
    if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
    if (name === 'td' || name === 'th') cellDepth = Math.max(0, cellDepth - 1);
    else if (name === 'table') cellDepth = 0;
    if (BLOCK_TAGS.has(name)) requestBreak(PARAGRAPH_TAGS.has(name) ? 2 : 1);
  };
  const ignore = () => undefined;
  const tokenizer = new Tokenizer({ decodeEntities: true, xmlMode: false }, {
    ontext: (start, end) => emitText(html.slice(start, end)),
    ontextentity: (codepoint) => emitText(String.fromCodePoint(codepoint)),
    onopentagname: (start, end) => open(html.slice(start, end).toLowerCase()),
    onclosetag: (start, end) => close(html.slice(start, end).toLowerCase()),
    onselfclosingtag: () => { if (SKIPPED_TAGS.has(lastOpened)) skipDepth = Math.max(0, skipDepth - 1); },
    onattribdata: ignore, onattribentity: ignore, onattribend: ignore, onattribname: ignore, oncdata: ignore,
    oncomment: ignore, ondeclaration: ignore, onend: ignore, onopentagend: ignore, onprocessinginstruction: ignore,
  });
  tokenizer.write(html);
  tokenizer.end();
  return tidyLines(out.join(''));
}

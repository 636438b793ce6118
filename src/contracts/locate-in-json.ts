// People fix import files in an editor: every error names its JSON path and its line.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface FileError {
  /** JSON path as written in tools like jq: activities[3].venues[0].country */
  readonly path: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly message: string;
}

export type JsonParse = { readonly ok: true; readonly value: unknown; readonly tree: Node } | { readonly ok: false; readonly errors: FileError[] };

export function parseJsonWithPositions(text: string): JsonParse {
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (syntaxErrors.length > 0 || tree === undefined) {
    const errors = syntaxErrors.map((e) => ({ path: '$', ...position(text, e.offset), message: `invalid JSON: ${describe(printParseErrorCode(e.error))}` }));
    return { ok: false, errors: errors.length > 0 ? errors : [{ path: '$', line: 1, column: 1, message: 'the file is empty' }] };
  }
  return { ok: true, value: JSON.parse(text) as unknown, tree };
}

/** Finds where a path points in the file; falls back to the nearest existing parent (a missing key). */
export function locate(text: string, tree: Node, path: readonly (string | number | symbol)[]): { line: number | null; column: number | null } {
  const segments = path.filter((p): p is string | number => typeof p !== 'symbol');
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, segments.slice(0, depth));
    if (node !== undefined) {
      const target = node.parent?.type === 'property' && depth === segments.length ? node.parent : node;
      return position(text, target.offset);
    }
  }
  return { line: null, column: null };
}

export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string') out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '$' : out;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

import type { Problem } from '../core/shared/problem.ts';
import { DatasetFile } from './dataset-file.ts';
import { formatPath, locate, parseJsonWithPositions, type FileError } from './locate-in-json.ts';

export type DatasetFileParse =
  | { readonly ok: true; readonly dataset: DatasetFile; readonly locateProblems: (problems: readonly Problem[]) => FileError[] }
  | { readonly ok: false; readonly errors: FileError[] };

/**
 * Reads an import file: JSON syntax, then the contract, each error with its path and line. The
 * returned `locateProblems` places the domain's later findings (unknown references…) in the file too.
 */
export function parseDatasetFile(text: string): DatasetFileParse {
  const json = parseJsonWithPositions(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return json;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = DatasetFile.safeParse(json.value);
  if (!result.success) {
    const errors = result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      ...locate(body, json.tree, issue.path),
      message: issue.message,
    }));
    return { ok: false, errors };
  }
  return {
    ok: true,
    dataset: result.data,
    locateProblems: (problems) =>
      problems.map((p) => ({ path: formatPath(p.path), ...locate(body, json.tree, p.path), message: p.message })),
  };
}

// Validation never stops at the first problem: a person fixing an import file wants all of them.

export interface Problem {
  /** Where the problem is, as a path into the record: ["participants", "online"]. */
  readonly path: readonly (string | number)[];
  readonly code: ProblemCode;
  readonly message: string;
}

export type ProblemCode =
  | 'required'
  | 'invalid_format'
  | 'invalid_range'
  | 'unknown_reference'
  | 'duplicate'
  | 'inconsistent';

export function problem(path: readonly (string | number)[], code: ProblemCode, message: string): Problem {
  return { path, code, message };
}

export function prefixProblems(prefix: readonly (string | number)[], problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}

import type { Problem } from './problem.ts';

/**
 * Every failure the core reports carries one of these codes; the edges map codes to HTTP statuses
 * and exit codes in one table each, so the core never speaks HTTP.
 */
export const ERROR_CODES = [
  'validation_failed',
  'not_found',
  'version_conflict',
  'duplicate',
  'forbidden',
  'unreadable_input',
  'unsupported_input',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly Problem[];

  constructor(code: ErrorCode, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.problems = problems;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

import type { ErrorCode } from '../core/shared/app-error.ts';

/** One table from error codes to process exit codes, so scripts can tell failures apart. */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  badInput: 3,
  notFound: 4,
  conflict: 5,
  forbidden: 6,
} as const;

export const EXIT_CODE_OF: Readonly<Record<ErrorCode, number>> = {
  validation_failed: EXIT.badInput,
  duplicate: EXIT.badInput,
  unreadable_input: EXIT.badInput,
  unsupported_input: EXIT.badInput,
  not_found: EXIT.notFound,
  version_conflict: EXIT.conflict,
  forbidden: EXIT.forbidden,
};

import { AppError } from '../core/shared/app-error.ts';

// SQLSTATE codes both engines raise for broken constraints.
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

function sqlState(error: unknown): { code: string; detail: string } | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error;
  const detail = 'detail' in error && typeof error.detail === 'string' ? error.detail : '';
  return typeof code === 'string' ? { code, detail } : null;
}

/** Turns a constraint the database enforced into the error code the core speaks; rethrows others. */
export function translateDatabaseError(error: unknown, what: string): never {
  const state = sqlState(error);
  if (state?.code === UNIQUE_VIOLATION) {
    throw new AppError('duplicate', `${what}: a record with the same key already exists${state.detail ? ` (${state.detail})` : ''}`);
  }
  if (state?.code === FOREIGN_KEY_VIOLATION) {
    throw new AppError('validation_failed', `${what}: a reference points to a record that does not exist, or a record still referenced would be removed${state.detail ? ` (${state.detail})` : ''}`);
  }
  throw error;
}

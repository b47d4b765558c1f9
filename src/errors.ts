/**
 * The closed set of errors stancegraph raises on purpose. Each carries a stable code so the CLI
 * can pick an exit status and GraphQL an `extensions.code`, and keeps its cause instead of
 * swallowing it.
 */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'CONFIG'
  | 'STORE_UNAVAILABLE'
  | 'STORE'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'INTERNAL';

export class StancegraphError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The user gave something we cannot use: a file, a flag, an argument. Exit status 1. */
export class InputError extends StancegraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_INPUT', message, options);
  }
}

export class ConfigError extends StancegraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIG', message, options);
  }
}

export class StoreError extends StancegraphError {
  constructor(message: string, options?: { cause?: unknown; unavailable?: boolean }) {
    super(options?.unavailable ? 'STORE_UNAVAILABLE' : 'STORE', message, options);
  }
}

export class NotFoundError extends StancegraphError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class AuthError extends StancegraphError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

/** True for errors that are the user's to fix (bad input, bad config, unreachable database). */
export function isUserFacing(error: unknown): error is StancegraphError {
  return error instanceof StancegraphError && error.code !== 'INTERNAL' && error.code !== 'STORE';
}

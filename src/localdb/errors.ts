/**
 * Everything that can go wrong while bringing up the local Neo4j, each with a code the CLI can
 * turn into a specific hint. The message itself is written for the person at the terminal:
 * what happened, and what to do about it.
 */
export type LocalNeo4jErrorCode =
  | 'NO_JAVA'
  | 'NO_MAVEN'
  | 'PORT_TAKEN'
  | 'DOWNLOAD_FAILED'
  // Maven ran and resolved everything but still failed (e.g. the launcher did not compile).
  | 'BUILD_FAILED'
  | 'START_FAILED'
  | 'START_TIMEOUT';

export class LocalNeo4jError extends Error {
  readonly code: LocalNeo4jErrorCode;

  constructor(code: LocalNeo4jErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalNeo4jError';
    this.code = code;
  }
}

export function isLocalNeo4jError(error: unknown): error is LocalNeo4jError {
  return error instanceof LocalNeo4jError;
}

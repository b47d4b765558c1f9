import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { StancegraphError, type ErrorCode } from '../errors.js';

/** What a client sees for each StancegraphError code; codes not listed stay masked. */
const PUBLIC_ERRORS: Partial<Record<ErrorCode, { code: string; message?: string }>> = {
  BAD_INPUT: { code: 'BAD_USER_INPUT' },
  NOT_FOUND: { code: 'NOT_FOUND' },
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED' },
  STORE_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', message: 'The graph database is not reachable right now; try again later.' },
};

/** The client-facing GraphQLError for a StancegraphError, or undefined when it must stay masked. */
export function toGraphQLError(error: StancegraphError, located?: GraphQLError): GraphQLError | undefined {
  const shown = PUBLIC_ERRORS[error.code];
  if (shown === undefined) return undefined;
  return new GraphQLError(shown.message ?? error.message, {
    ...(located === undefined ? {} : { nodes: located.nodes ?? null, source: located.source ?? null, positions: located.positions ?? null, path: located.path ?? null }),
    extensions: { code: shown.code },
  });
}

/**
 * yoga's `maskError`: StancegraphErrors meant for users get their code, everything else
 * (store failures, bugs) becomes yoga's generic "Unexpected error." with no detail, even with
 * NODE_ENV=development; the detail goes to the server log.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof StancegraphError) {
    const shown = toGraphQLError(original, error instanceof GraphQLError ? error : undefined);
    if (shown !== undefined) return shown;
  }
  // Never dev mode: yoga would attach the original message and stack (Cypher, file paths) to the response.
  return yogaMaskError(error, message, false);
}

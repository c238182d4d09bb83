// Domain errors carry one of a closed list of codes; `toGraphQLError` is the only place they
// become GraphQL errors, and `formatError` masks everything else as INTERNAL.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable, OutageNotice } from './db/unavailable.js';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The operation exceeds its caller kind's limits (`extensions.limit`, `max`, `found`). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Automatic persisted queries: the server does not know this hash yet; send the query text with it (Apollo's APQ protocol). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** A widget session of a tenant that accepts only the widget's own operations sent another document. */
  PERSISTED_QUERY_NOT_ALLOWED: 'PERSISTED_QUERY_NOT_ALLOWED',
  /** A dependency (the vector store, the model) is down for now; retrying later may work. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'Object') => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in first') => new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const badInput = (message: string, field?: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const conflict = (message: string, details: Record<string, unknown> = {}) => new DomainError(ErrorCode.CONFLICT, message, details);
export const serviceUnavailable = (message: string) => new DomainError(ErrorCode.SERVICE_UNAVAILABLE, message);

export function toGraphQLError(error: DomainError): GraphQLError {
  switch (error.code) {
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.FORBIDDEN:
    case ErrorCode.NOT_FOUND:
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.CONFLICT:
    case ErrorCode.RATE_LIMITED:
    case ErrorCode.QUERY_TOO_COMPLEX:
    case ErrorCode.PERSISTED_QUERY_NOT_FOUND:
    case ErrorCode.PERSISTED_QUERY_NOT_ALLOWED:
    case ErrorCode.SERVICE_UNAVAILABLE:
    case ErrorCode.INTERNAL:
      return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
    default: {
      const unknownCode: never = error.code;
      throw new Error(`unmapped error code ${unknownCode as string}`);
    }
  }
}

/**
 * A request-level error (raised before any resolver: limits, unstorable text, introspection,
 * variable coercion), with a code of the closed list. Resolvers throw DomainErrors instead.
 */
export function requestError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, nodes?: GraphQLError['nodes']): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, ...extensions } });
}

// Apollo's own request-level codes, folded into our closed list.
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
};

export interface MaskedErrorLog {
  (error: unknown, requestId: string | undefined): void;
}

const databaseOutage = new OutageNotice();

/**
 * Decide what a client may see of an error. Known codes pass; anything else becomes
 * `INTERNAL` with the request id, and the real cause goes to the log only.
 */
export function formatErrorForClient(
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId: string | undefined,
  log: MaskedErrorLog,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const gql = toGraphQLError(original);
    return { message: gql.message, locations: formatted.locations, path: formatted.path, extensions: { ...gql.extensions, requestId } };
  }
  // Apollo's APQ check raises this one without a code: the caller's hash does not match its text.
  const code = formatted.message === 'provided sha does not match query' ? 'BAD_REQUEST' : (formatted.extensions?.code as string | undefined);
  const mapped = code ? (APOLLO_CODES[code] ?? (PUBLIC_CODES.has(code) ? (code as ErrorCode) : undefined)) : undefined;
  // A GraphQLError we raised ourselves (or a validation error) carries a public code.
  if (mapped && (original instanceof GraphQLError || !(original instanceof Error) || (code !== undefined && code in APOLLO_CODES))) {
    const { stacktrace: _drop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: { ...extensions, code: mapped, requestId } };
  }
  // PostgreSQL unreachable: a dependency is down, not a bug. One log line per outage (the caller's
  // log, marked so), no stack per request.
  if (isDatabaseUnavailable(original) || isDatabaseUnavailable(error)) {
    if (databaseOutage.shouldLog()) log(new DatabaseUnavailableNotice(original), requestId);
    return {
      message: 'The database is unavailable right now; retry shortly',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, requestId },
    };
  }
  log(original, requestId);
  return {
    message: `Internal error (request ${requestId ?? 'unknown'})`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL, requestId },
  };
}

/** Logged once per database outage instead of each request's error (see db/unavailable.ts). */
export class DatabaseUnavailableNotice extends Error {
  constructor(readonly underlying: unknown) {
    super(`database unavailable: ${(underlying as Error)?.message ?? String(underlying)}`);
    this.name = 'DatabaseUnavailableNotice';
    this.stack = undefined;
  }
}

/** The log line for a masked error: a warning without stack for a database outage, else the error. */
export function logMaskedError(log: { error(o: object, m: string): void; warn(o: object, m: string): void }, cause: unknown, requestId: string | undefined): void {
  if (cause instanceof DatabaseUnavailableNotice) log.warn({ reason: cause.message, requestId }, 'database unavailable: answering SERVICE_UNAVAILABLE until it is back');
  else log.error({ err: cause, requestId }, 'internal error');
}

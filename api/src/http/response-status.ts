// HTTP status of a GraphQL response that has no `data` (refused before execution), as the
// GraphQL-over-HTTP spec wants it: with `application/json` the status is 200 and the errors say
// what went wrong; with `application/graphql-response+json` it is a 4xx.

/** True when the caller prefers `application/graphql-response+json` to `application/json` (Apollo's negotiation: ties go to JSON). */
export function prefersGraphQLResponseJson(accept: string | null | undefined): boolean {
  if (!accept || !accept.includes('graphql-response+json')) return false;
  let gql = 0;
  let json = -1;
  let wildcard = 0;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) || 0 : 1;
    const t = type.trim().toLowerCase();
    if (t === 'application/graphql-response+json') gql = Math.max(gql, quality);
    else if (t === 'application/json') json = Math.max(json, quality);
    else if (t === '*/*' || t === 'application/*') wildcard = Math.max(wildcard, quality);
  }
  return gql > (json >= 0 ? json : wildcard);
}

/** Status for a refusal we raise before execution (limits, introspection). */
export function refusalStatus(accept: string | null | undefined, code: string): number {
  if (!prefersGraphQLResponseJson(accept)) return 200;
  return code === 'FORBIDDEN' ? 403 : 400;
}

// Apollo's request errors that are the document's or variables' fault (it answers them 400).
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']);

/** Status to force on a request error, or undefined to keep Apollo's. */
export function requestErrorStatus(accept: string | null | undefined, code: string | undefined): number | undefined {
  if (!code || !DOCUMENT_ERRORS.has(code)) return undefined;
  return prefersGraphQLResponseJson(accept) ? 400 : 200;
}

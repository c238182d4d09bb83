// Every operation the web app (web/src, typed by codegen into web/src/gql) and the widget
// (web/widget/operations.ts) send fits the limits of the caller kind that sends it, with every
// page size at its maximum (graphql/limits). Prints each operation's figures.
import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { expect, it } from 'vitest';
import * as generated from '../../../web/src/gql/graphql.js';
import * as widgetOps from '../../../web/widget/operations.js';
import { BUDGETS, createQueryLimits, type LimitName } from '../../../api/src/graphql/limits/index.js';
import { createValidator } from '../../../api/src/graphql/limits/validation.js';
import { refuseUnstorableText } from '../../../api/src/graphql/text-input.js';

// The foundation bench's list read (test/bench/sections/foundation.ts).
const OUR_USERS_QUERY = `query { users(first: 50) { edges { node { id email displayName role tenant { id name slug } } } } }`;
import type { ViewerKind } from '../../../api/src/auth/viewer.js';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const limits = createQueryLimits(schema);
const MAX_PAGE = 100;

// Sent before anyone is signed in.
const ANONYMOUS = new Set(['Login', 'AcceptInvitation', 'ServerInfo', 'RefreshSession', 'WidgetConfig', 'StartWidgetSession']);

const operationOf = (d: DocumentNode) => d.definitions.find((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION);
const isDocument = (v: unknown): v is DocumentNode => !!v && typeof v === 'object' && (v as DocumentNode).kind === Kind.DOCUMENT && !!operationOf(v as DocumentNode);

// Every Int variable at the largest page size (the worst case for `first`).
function worstVariables(op: OperationDefinitionNode): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) if (print(v.type).replace('!', '') === 'Int') vars[v.variable.name.value] = MAX_PAGE;
  return vars;
}

const widgetNames = new Set(Object.values(widgetOps).filter(isDocument).map((d) => operationOf(d)!.name!.value));
const documents = new Map<string, DocumentNode>();
for (const v of [...Object.values(generated), ...Object.values(widgetOps)]) if (isDocument(v)) documents.set(operationOf(v)!.name!.value, v);

it('finds the operations of both apps', () => {
  expect(documents.size).toBeGreaterThan(50);
  expect(widgetNames.size).toBeGreaterThanOrEqual(10);
});

it('fits every web app and widget operation into its caller kind’s budget', () => {
  const rows: string[] = [];
  const over: string[] = [];
  for (const [name, typed] of documents) {
    // What the client sends is the printed document: parse it back to count its tokens.
    const document = parse(print(typed));
    const kind: ViewerKind = ANONYMOUS.has(name) ? 'anonymous' : widgetNames.has(name) ? 'widget' : 'user';
    const figures = limits.measure(document, worstVariables(operationOf(document)!), name);
    rows.push(`${name.padEnd(32)} ${kind.padEnd(9)} ${Object.entries(figures).map(([k, v]) => `${k} ${v}/${BUDGETS[kind][k as LimitName]}`).join('  ')}`);
    for (const limit of Object.keys(figures) as LimitName[]) if (figures[limit] > BUDGETS[kind][limit]) over.push(`${name} (${kind}): ${limit} ${figures[limit]} > ${BUDGETS[kind][limit]}`);
    expect(limits.check(document, worstVariables(operationOf(document)!), name, kind)).toBeUndefined();
  }
  console.log(rows.join('\n'));
  expect(over).toEqual([]);
});

it('adds microseconds per request on a cached document (users(first: 50), the bench query)', () => {
  const validated = createValidator(schema, true);
  const perRequest = (document: DocumentNode, variables: Record<string, unknown>) => {
    if (limits.check(document, variables, undefined, 'user')) throw new Error('refused');
    if (refuseUnstorableText(document, variables)) throw new Error('refused');
    if (validated(document).length) throw new Error('invalid');
  };
  const figures: string[] = [];
  for (const [name, query, variables] of [
    ['users(first: 50), literal', OUR_USERS_QUERY, {}],
    ['users(first: $n), variable', OUR_USERS_QUERY.replace('query {', 'query($n: Int!) {').replace('first: 50', 'first: $n'), { n: 50 }],
  ] as const) {
    const document = parse(query);
    const t0 = performance.now();
    perRequest(document, variables); // first time: walk, validate
    const first = performance.now() - t0;
    const n = 200_000;
    const t1 = performance.now();
    for (let i = 0; i < n; i++) perRequest(document, variables);
    const each = ((performance.now() - t1) / n) * 1000;
    figures.push(`${name}: first request ${first.toFixed(2)} ms (walk + validation, once per document), then ${each.toFixed(2)} µs per request`);
    expect(each).toBeLessThan(20);
  }
  console.log(figures.join('\n'));
});

// `npm run persisted`: write api/src/persisted/operations.json from the documents the clients are
// built with (CI fails when it is stale, like schema.graphql):
// - `widget`: sha256 → document text of every widget operation (web/widget/documents.ts), hashed
//   exactly as the widget sends them (urql's stringifyDocument; the persisted-query hash and the
//   text of a POST or graphql-ws subscribe). Tenants with `widgetOperationsSafelisted` accept
//   nothing else from widget sessions.
// - `operationNames`: every operation name of the web app and the widget, which /metrics always
//   keeps as label values (other names are capped, metrics/platform-metrics.ts).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { stringifyDocument } from '@urql/core';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import * as widget from '../../../web/widget/documents.js';
import * as web from '../../../web/src/gql/graphql.js';

const isDocument = (v: unknown): v is DocumentNode => !!v && typeof v === 'object' && (v as DocumentNode).kind === 'Document';
const namesOf = (d: DocumentNode) =>
  d.definitions.filter((x): x is OperationDefinitionNode => x.kind === 'OperationDefinition' && !!x.name).map((x) => x.name!.value);

const safelist: Record<string, string> = {};
for (const doc of Object.values(widget).filter(isDocument)) {
  const text = stringifyDocument(doc);
  safelist[createHash('sha256').update(text).digest('hex')] = text;
}
const names = new Set<string>();
for (const doc of [...Object.values(web), ...Object.values(widget)].filter(isDocument)) for (const n of namesOf(doc)) names.add(n);

const sorted = Object.fromEntries(Object.entries(safelist).sort(([a], [b]) => a.localeCompare(b)));
const out = { widget: sorted, operationNames: [...names].sort() };
writeFileSync(new URL('../persisted/operations.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.log(`api/src/persisted/operations.json written: ${Object.keys(sorted).length} widget operations, ${names.size} operation names`);

// A widget client of a demo tenant: a contact and its widget token.
import { gql } from './graphql.js';
import { sql } from './db.js';

export async function widgetSession(graphqlUrl: string, databaseUrl: string, slug = 'northwind', name = 'Test Customer') {
  const [{ widget_key }] = await sql<{ widget_key: string }>(databaseUrl, 'select widget_key from tenants where slug = $1', [slug]);
  const r = await gql<{ startWidgetSession: { token: string; contact: { id: string } } }>(
    graphqlUrl,
    `mutation($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { token contact { id } } }`,
    { i: { widgetKey: widget_key, name } },
  );
  if (!r.data?.startWidgetSession) throw new Error(`widget session failed: ${JSON.stringify(r.errors)}`);
  return { token: r.data.startWidgetSession.token, contactId: r.data.startWidgetSession.contact.id };
}

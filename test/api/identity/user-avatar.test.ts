// A user's avatar: set through updateMyProfile (an https URL ≤ 500 characters, or '' to remove it),
// anything else BAD_USER_INPUT with nothing stored; only the signed-in user can change their own
// (updateMyProfile acts on the caller, updateUser has no avatar field); colleagues read it on User.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { asAdmin, asAgent, asManager } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let agent: string;
let manager: string;
let admin: string;
let agentId: string;
let managerId: string;

const SET = `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { user { id avatarUrl } } }`;
const avatarOf = async (id: string) => (await sql<{ avatar_url: string | null }>(db, 'select avatar_url from users where id = $1', [id]))[0].avatar_url;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [agent, manager, admin] = await Promise.all([asAgent(server), asManager(server), asAdmin(server)]);
  const me = async (token: string) => (await gql(server.graphqlUrl, `{ viewer { user { id avatarUrl } } }`, {}, { token })).data!.viewer.user.id as string;
  [agentId, managerId] = await Promise.all([me(agent), me(manager)]);
});

describe('avatarUrl', () => {
  it('sets, shows on the viewer and to colleagues, and removes with an empty string', async () => {
    const url = 'https://images.example.com/people/ada.png?size=128';
    const r = await gql(server.graphqlUrl, SET, { i: { avatarUrl: `  ${url}  ` } }, { token: agent });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateMyProfile.user).toEqual({ id: agentId, avatarUrl: url });
    expect(await avatarOf(agentId)).toBe(url);
    const viewer = await gql(server.graphqlUrl, `{ viewer { user { avatarUrl } } }`, {}, { token: agent });
    expect(viewer.data!.viewer.user.avatarUrl).toBe(url);
    const colleague = await gql(server.graphqlUrl, `query($id: ID!) { user(id: $id) { avatarUrl } }`, { id: agentId }, { token: admin });
    expect(colleague.errors).toBeUndefined();
    expect(colleague.data!.user.avatarUrl).toBe(url);
    // Other fields leave it alone.
    await gql(server.graphqlUrl, SET, { i: { availability: 'BUSY' } }, { token: agent });
    expect(await avatarOf(agentId)).toBe(url);
    const removed = await gql(server.graphqlUrl, SET, { i: { avatarUrl: '' } }, { token: agent });
    expect(removed.data!.updateMyProfile.user.avatarUrl).toBeNull();
    expect(await avatarOf(agentId)).toBeNull();
  });

  it.each([
    ['http', 'http://images.example.com/a.png'],
    ['javascript', 'javascript:alert(1)'],
    ['data URL', 'data:image/png;base64,AAAA'],
    ['relative', '/avatars/a.png'],
    ['no host', 'https://'],
    ['upper-case scheme', 'HTTPS://images.example.com/a.png'],
    ['inner space', 'https://images.example.com/a b.png'],
    ['too long', `https://images.example.com/${'a'.repeat(500)}.png`],
  ])('%s is BAD_USER_INPUT naming avatarUrl, nothing stored', async (_name, value) => {
    const good = 'https://images.example.com/keep.png';
    await gql(server.graphqlUrl, SET, { i: { avatarUrl: good } }, { token: manager });
    const r = await gql(server.graphqlUrl, SET, { i: { avatarUrl: value } }, { token: manager });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.field).toBe('avatarUrl');
    expect(await avatarOf(managerId)).toBe(good);
  });

  it('exactly 500 characters is accepted', async () => {
    const prefix = 'https://images.example.com/';
    const url = prefix + 'a'.repeat(500 - prefix.length);
    expect(url).toHaveLength(500);
    const r = await gql(server.graphqlUrl, SET, { i: { avatarUrl: url } }, { token: manager });
    expect(r.errors).toBeUndefined();
    expect(await avatarOf(managerId)).toBe(url);
  });

  it('another user cannot change it: updateMyProfile changes only the caller, updateUser has no avatar field', async () => {
    const mine = 'https://images.example.com/agent-own.png';
    await gql(server.graphqlUrl, SET, { i: { avatarUrl: mine } }, { token: agent });
    // The manager's call changes the manager, never the agent.
    const r = await gql(server.graphqlUrl, SET, { i: { avatarUrl: 'https://evil.example.com/x.png' } }, { token: manager });
    expect(r.data!.updateMyProfile.user.id).toBe(managerId);
    expect(await avatarOf(agentId)).toBe(mine);
    // Not even an admin can set someone else's avatar.
    const viaAdmin = await gql(server.graphqlUrl, `mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { avatarUrl } } }`, { i: { id: agentId, avatarUrl: 'https://evil.example.com/y.png' } }, { token: admin });
    expect(viaAdmin.errors).toBeDefined();
    expect(await avatarOf(agentId)).toBe(mine);
  });
});

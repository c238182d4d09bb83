// A shared fan-out frame is written to the TCP socket whole (header built by us, graphql/ws-binding.ts
// sendShared): a real `ws` client must read exactly the message graphql-ws would have sent, for each
// of the three length encodings, in order with frames `ws.send` writes around it, and the same bytes
// again for the next subscriber.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { sendShared, textFrame } from '../../../api/src/graphql/ws-binding.js';

let server: http.Server;
let wss: WebSocketServer;
let url: string;

beforeAll(async () => {
  server = http.createServer();
  wss = new WebSocketServer({ server, perMessageDeflate: false });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const ws of wss.clients) ws.terminate();
  await new Promise((r) => wss.close(r));
  await new Promise((r) => server.close(r));
});

/** `n` clients connected; resolves with each client's received texts and its server-side socket. */
async function connect(n: number): Promise<{ got: string[][]; sockets: WebSocket[]; clients: WebSocket[] }> {
  const got: string[][] = [];
  const clients: WebSocket[] = [];
  const sockets: WebSocket[] = [];
  const accepted = new Promise<void>((resolve) =>
    wss.on('connection', function onConnection(ws) {
      sockets.push(ws);
      if (sockets.length === n) {
        wss.off('connection', onConnection);
        resolve();
      }
    }),
  );
  for (let i = 0; i < n; i++) {
    const c = new WebSocket(url);
    clients.push(c);
    const texts: string[] = [];
    got.push(texts);
    c.on('message', (data, isBinary) => texts.push(isBinary ? '(binary)' : data.toString()));
    await new Promise((r) => c.once('open', r));
  }
  await accepted;
  return { got, sockets, clients };
}

const payloadOf = (bytes: number) => JSON.stringify({ data: { conversationUpdated: { subject: 'é'.repeat(Math.max(0, bytes - 40) / 2) } } });

describe('sendShared', () => {
  it('textFrame encodes the three lengths of RFC 6455 (7-bit, 16-bit, 64-bit)', () => {
    for (const [text, head, second] of [
      ['x'.repeat(125), 2, 125],
      ['x'.repeat(126), 4, 126],
      ['x'.repeat(65_535), 4, 126],
      ['x'.repeat(65_536), 10, 127],
    ] as const) {
      const f = textFrame(text);
      expect([f[0], f[1], f.length - head]).toEqual([0x81, second, text.length]);
      expect(f.subarray(head).toString()).toBe(text);
    }
  });

  it('each client reads the exact graphql-ws message, in order with ordinary sends, for small, medium and large payloads', async () => {
    const { got, sockets } = await connect(3);
    const sizes = [60, 2_000, 100_000];
    const expected: string[] = [];
    for (const size of sizes) {
      const shared = {};
      const payload = payloadOf(size);
      for (const s of sockets) {
        s.send('{"type":"ping"}');
        sendShared(s, '7', shared, payload);
      }
      expected.push('{"type":"ping"}', `{"id":"7","type":"next","payload":${payload}}`);
    }
    await expect.poll(() => got.map((g) => g.length)).toEqual([expected.length, expected.length, expected.length]);
    for (const g of got) expect(g).toEqual(expected);
    for (const g of got) for (const text of g) expect(() => JSON.parse(text)).not.toThrow();
  });

  it('a socket that is closing gets nothing and nothing throws', async () => {
    const { got, sockets, clients } = await connect(1);
    const closed = new Promise((r) => clients[0].once('close', r));
    sockets[0].close();
    expect(() => sendShared(sockets[0], '1', {}, payloadOf(60))).not.toThrow();
    await closed; // the close frame came after anything sent before it
    expect(got[0]).toEqual([]);
  });
});

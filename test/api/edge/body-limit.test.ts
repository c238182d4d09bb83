// A GraphQL request body over 1 MB gets the documented 413 JSON error — never a TCP reset —
// over keep-alive, chunked, and with `Expect: 100-continue` (then the body is never sent).
import http from 'node:http';
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
let url: URL;

beforeAll(async () => {
  server = await startTestServer();
  url = new URL(server.graphqlUrl);
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  continued: boolean;
  socket?: import('node:net').Socket;
}

/** POST `size` bytes of JSON in 64 KB pieces, as a slow uploader would (the server answers mid-upload). */
function post(size: number, opts: { agent?: http.Agent; chunked?: boolean; expectContinue?: boolean } = {}): Promise<Answer> {
  const filler = JSON.stringify({ query: '{ serverInfo { name } }', variables: { pad: 'x'.repeat(Math.max(0, size - 60)) } });
  const payload = Buffer.from(filler);
  return new Promise((resolve, reject) => {
    let continued = false;
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: '/graphql',
        method: 'POST',
        agent: opts.agent,
        headers: {
          'content-type': 'application/json',
          ...(opts.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': payload.length }),
          ...(opts.expectContinue ? { expect: '100-continue' } : {}),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, continued, socket: res.socket as never }));
        res.on('error', reject);
      },
    );
    req.on('error', reject); // ECONNRESET here was the old bug
    const send = () => {
      let offset = 0;
      const next = () => {
        if (offset >= payload.length) return void req.end();
        const piece = payload.subarray(offset, (offset += 64 * 1024));
        if (req.destroyed) return;
        req.write(piece, () => setImmediate(next));
      };
      next();
    };
    if (opts.expectContinue) {
      req.on('continue', () => {
        continued = true;
        send();
      });
      req.flushHeaders();
    } else send();
  });
}

const tooLarge = (a: Answer) => {
  expect(a.status).toBe(413);
  expect(a.headers['content-type']).toMatch(/^application\/json/);
  expect(a.headers.connection).toBe('close');
  const parsed = JSON.parse(a.body);
  expect(parsed.errors[0]).toMatchObject({ message: 'Request body larger than 1 MB', extensions: { code: 'BAD_USER_INPUT', limit: 'bodyBytes', max: 1048576 } });
};

it('answers 413 JSON to a 3 MB body over a keep-alive connection, and the next request works', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  tooLarge(await post(3 * 1024 * 1024, { agent }));
  const ok = await post(200, { agent });
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body)).toMatchObject({ data: { serverInfo: { name: 'Switchboard' } } });
  // Keep-alive holds for ordinary requests.
  const again = await post(200, { agent });
  expect(again.status).toBe(200);
  agent.destroy();
});

it('answers 413 JSON to a chunked body that grows past 1 MB', async () => {
  tooLarge(await post(2 * 1024 * 1024, { chunked: true }));
});

it('answers 413 to `Expect: 100-continue` with a large Content-Length without asking for the body', async () => {
  const a = await post(5 * 1024 * 1024, { expectContinue: true });
  tooLarge(a);
  expect(a.continued).toBe(false);
});

it('tells a small `Expect: 100-continue` request to continue and answers it', async () => {
  const a = await post(300, { expectContinue: true });
  expect(a.continued).toBe(true);
  expect(a.status).toBe(200);
});

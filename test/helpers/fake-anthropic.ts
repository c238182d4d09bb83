// A fake Anthropic Messages API on 127.0.0.1 for tests. Point the REAL SDK at it:
//   const fake = await startFakeAnthropic();
//   const client = new Anthropic({ apiKey: 'test', baseURL: fake.baseURL, maxRetries: 1 });
// `baseURL` has no `/v1` (the SDK adds it). Script replies with `fake.script(...)`; they are consumed
// in order, one per request (retries included). With an empty queue a short default text is returned.
// Streaming (`stream: true`) follows the real SSE sequence: message_start → content_block_start →
// content_block_delta… → content_block_stop → message_delta → message_stop, each with `event:` + `data:`.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUsage {
  input_tokens?: number;
  output_tokens?: number;
}

export type ScriptedResponse =
  | {
      kind: 'text';
      text: string;
      stopReason?: 'end_turn' | 'max_tokens' | 'stop_sequence' | 'refusal' | (string & {});
      usage?: FakeUsage;
      /** Characters per text_delta when streaming (default 4). */
      chunkSize?: number;
      /** Delay between streamed deltas (default 0). */
      chunkDelayMs?: number;
    }
  | {
      kind: 'tool';
      name: string;
      input: unknown;
      usage?: FakeUsage;
      /** Characters of JSON per input_json_delta when streaming (default 8). */
      chunkSize?: number;
      chunkDelayMs?: number;
    }
  | {
      kind: 'status';
      status: number;
      /** Replaces the whole JSON body (default: Anthropic's `{ type: 'error', error: { type, message } }`). */
      body?: unknown;
      /** Sent as the `retry-after-ms` header (the SDK only honours a positive value). */
      retryAfterMs?: number;
    }
  | {
      /** A text block, then a tool_use block (stop_reason `tool_use`): an answer followed by the
       *  model's structured judgement of it, as the assistant asks for. */
      kind: 'answer';
      text: string;
      tool: { name: string; input: unknown };
      usage?: FakeUsage;
      chunkSize?: number;
      chunkDelayMs?: number;
    }
  | {
      /** Streams `afterChunks` text deltas, then never finishes (until the client aborts or close()).
       *  A non-streaming request with this script simply never gets an answer. */
      kind: 'stall';
      afterChunks: number;
    }
  | {
      /** Streams `afterChunks` text deltas, then an `event: error` (overloaded_error) and ends.
       *  A non-streaming request with this script gets a 529 overloaded_error instead. */
      kind: 'sse-error';
      afterChunks: number;
      message?: string;
    };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (undefined if the body was not JSON). */
  body: any;
  /** `x-api-key`, or the token of `Authorization: Bearer …`. */
  apiKey: string | undefined;
}

export interface FakeAnthropic {
  /** e.g. http://127.0.0.1:12345 — without `/v1`. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Appends replies to the queue. */
  script(...responses: ScriptedResponse[]): void;
  /** Scripted replies not yet consumed. */
  pending(): number;
  /** What to answer when the script queue is empty (default: a short text). */
  fallback(responder: ((body: any) => ScriptedResponse) | null): void;
  close(): Promise<void>;
}

export const DEFAULT_FAKE_TEXT = 'Hello from the fake Claude.';
const DEFAULT_MODEL = 'claude-haiku-5-5';

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  408: 'timeout_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

export function errorTypeForStatus(status: number): string {
  return ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
}

function errorBody(type: string, message: string) {
  return { type: 'error', error: { type, message } };
}

function chunk(text: string, size: number): string[] {
  const out: string[] = [];
  const n = Math.max(1, size);
  for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n));
  return out.length ? out : [''];
}

function fullUsage(usage: FakeUsage | undefined, outputDefault: number) {
  return {
    input_tokens: usage?.input_tokens ?? 10,
    output_tokens: usage?.output_tokens ?? outputDefault,
    cache_creation: null,
    cache_creation_input_tokens: null,
    cache_read_input_tokens: null,
    inference_geo: null,
    output_tokens_details: null,
    server_tool_use: null,
    service_tier: 'standard',
    speed: null,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    'request-id': `req_fake_${Math.random().toString(36).slice(2, 10)}`,
    ...headers,
  });
  res.end(payload);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedResponse[] = [];
  let responder: ((body: any) => ScriptedResponse) | null = null;
  let seq = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendJson(res, 500, errorBody('api_error', `fake-anthropic: ${String(err)}`));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const auth = req.headers.authorization;
    const bearer = typeof auth === 'string' && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '') : undefined;
    const xKey = req.headers['x-api-key'];
    const apiKey = (typeof xKey === 'string' ? xKey : undefined) ?? bearer;
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body, apiKey });

    if (req.method !== 'POST' || path !== '/v1/messages') {
      sendJson(res, 404, errorBody('not_found_error', `fake-anthropic: no route ${req.method} ${path}`));
      return;
    }
    if (!apiKey) {
      sendJson(res, 401, errorBody('authentication_error', 'fake-anthropic: missing x-api-key or Authorization: Bearer'));
      return;
    }
    if (body === undefined || typeof body !== 'object') {
      sendJson(res, 400, errorBody('invalid_request_error', 'fake-anthropic: body must be JSON'));
      return;
    }

    const scripted: ScriptedResponse = queue.shift() ?? responder?.(body) ?? { kind: 'text', text: DEFAULT_FAKE_TEXT };
    const stream = body.stream === true;
    const model: string = typeof body.model === 'string' ? body.model : DEFAULT_MODEL;
    const id = `msg_fake_${++seq}`;

    if (scripted.kind === 'status') {
      const headers: Record<string, string> = {};
      if (scripted.retryAfterMs !== undefined) headers['retry-after-ms'] = String(scripted.retryAfterMs);
      const errBody = scripted.body ?? errorBody(errorTypeForStatus(scripted.status), `fake-anthropic: scripted ${scripted.status}`);
      sendJson(res, scripted.status, errBody, headers);
      return;
    }

    if (!stream) {
      if (scripted.kind === 'stall') return; // never answer; the socket is destroyed by abort or close()
      if (scripted.kind === 'sse-error') {
        sendJson(res, 529, errorBody('overloaded_error', scripted.message ?? 'Overloaded'));
        return;
      }
      const isTool = scripted.kind === 'tool' || scripted.kind === 'answer';
      const content =
        scripted.kind === 'tool'
          ? [{ type: 'tool_use', id: `toolu_fake_${seq}`, name: scripted.name, input: scripted.input, caller: { type: 'direct' } }]
          : scripted.kind === 'answer'
            ? [
                { type: 'text', text: scripted.text, citations: null },
                { type: 'tool_use', id: `toolu_fake_${seq}`, name: scripted.tool.name, input: scripted.tool.input, caller: { type: 'direct' } },
              ]
            : [{ type: 'text', text: scripted.text, citations: null }];
      sendJson(res, 200, {
        id,
        type: 'message',
        role: 'assistant',
        model,
        content,
        container: null,
        diagnostics: null,
        stop_reason: isTool ? 'tool_use' : (scripted.kind === 'text' && scripted.stopReason) || 'end_turn',
        stop_sequence: null,
        stop_details: null,
        usage: fullUsage(scripted.usage, scripted.kind === 'tool' ? 20 : Math.max(1, Math.ceil(scripted.text.length / 4))),
      });
      return;
    }

    // --- SSE ---
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'request-id': `req_fake_${seq}`,
    });
    res.flushHeaders();
    const send = (event: string, data: unknown) => {
      if (!closed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const usage =
      scripted.kind === 'text' || scripted.kind === 'answer'
        ? fullUsage(scripted.usage, Math.max(1, Math.ceil(scripted.text.length / 4)))
        : fullUsage(scripted.kind === 'tool' ? scripted.usage : undefined, scripted.kind === 'tool' ? 20 : 1);

    send('message_start', {
      type: 'message_start',
      message: {
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: [],
        container: null,
        diagnostics: null,
        stop_reason: null,
        stop_sequence: null,
        stop_details: null,
        usage: { ...usage, output_tokens: 1 },
      },
    });

    if (scripted.kind === 'answer') {
      send('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '', citations: null } });
      for (const part of chunk(scripted.text, scripted.chunkSize ?? 4)) {
        if (scripted.chunkDelayMs) await sleep(scripted.chunkDelayMs);
        send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: part } });
      }
      send('content_block_stop', { type: 'content_block_stop', index: 0 });
      send('content_block_start', {
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: `toolu_fake_${seq}`, name: scripted.tool.name, input: {}, caller: { type: 'direct' } },
      });
      for (const part of chunk(JSON.stringify(scripted.tool.input ?? {}), 16)) {
        send('content_block_delta', { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: part } });
      }
    } else if (scripted.kind === 'tool') {
      send('content_block_start', {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'tool_use', id: `toolu_fake_${seq}`, name: scripted.name, input: {}, caller: { type: 'direct' } },
      });
      for (const part of chunk(JSON.stringify(scripted.input ?? {}), scripted.chunkSize ?? 8)) {
        if (scripted.chunkDelayMs) await sleep(scripted.chunkDelayMs);
        send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: part } });
      }
    } else {
      send('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '', citations: null } });
      if (scripted.kind === 'text') {
        for (const part of chunk(scripted.text, scripted.chunkSize ?? 4)) {
          if (scripted.chunkDelayMs) await sleep(scripted.chunkDelayMs);
          send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: part } });
        }
      } else {
        for (let i = 0; i < scripted.afterChunks; i++) {
          send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: `part${i} ` } });
        }
        if (scripted.kind === 'stall') return; // keep the response open; abort or close() ends it
        send('error', errorBody('overloaded_error', scripted.message ?? 'Overloaded'));
        res.end();
        return;
      }
    }

    send('content_block_stop', { type: 'content_block_stop', index: scripted.kind === 'answer' ? 1 : 0 });
    send('message_delta', {
      type: 'message_delta',
      delta: {
        stop_reason: scripted.kind === 'tool' || scripted.kind === 'answer' ? 'tool_use' : (scripted.stopReason ?? 'end_turn'),
        stop_sequence: null,
        stop_details: null,
        container: null,
      },
      usage: {
        output_tokens: usage.output_tokens,
        input_tokens: null,
        cache_creation_input_tokens: null,
        cache_read_input_tokens: null,
        output_tokens_details: null,
        server_tool_use: null,
      },
    });
    send('message_stop', { type: 'message_stop' });
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    script(...responses) {
      queue.push(...responses);
    },
    pending: () => queue.length,
    fallback(fn) {
      responder = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

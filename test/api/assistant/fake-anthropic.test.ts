// The fake Messages API (test/helpers/fake-anthropic.ts) driven by the REAL @anthropic-ai/sdk.
// No database needed; every test finishes well under a second.
import Anthropic, { APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FAKE_TEXT, startFakeAnthropic, type FakeAnthropic } from '../../helpers/fake-anthropic.js';

const MODEL = 'claude-haiku-5-5';
let fake: FakeAnthropic;

function client(opts: { maxRetries?: number } = {}) {
  return new Anthropic({ apiKey: 'test-key', baseURL: fake.baseURL, maxRetries: opts.maxRetries ?? 0, timeout: 5_000 });
}

beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  fake.requests.length = 0;
  expect(fake.pending()).toBe(0); // every scripted reply was consumed
});

describe('fake Anthropic Messages API with the real SDK', () => {
  it('answers a non-streaming request with a scripted text message', async () => {
    fake.script({ kind: 'text', text: 'Your order ships tomorrow.', usage: { input_tokens: 42, output_tokens: 7 } });
    const msg = await client().messages.create({
      model: MODEL,
      max_tokens: 256,
      messages: [{ role: 'user', content: 'Where is my order?' }],
    });
    expect(msg.type).toBe('message');
    expect(msg.role).toBe('assistant');
    expect(msg.stop_reason).toBe('end_turn');
    expect(msg.content).toHaveLength(1);
    const block = msg.content[0]!;
    expect(block.type === 'text' && block.text).toBe('Your order ships tomorrow.');
    expect(msg.usage.input_tokens).toBe(42);
    expect(msg.usage.output_tokens).toBe(7);
  });

  it('records model, messages and the API key (Authorization: Bearer) of each request', async () => {
    await client().messages.create({
      model: MODEL,
      max_tokens: 64,
      system: 'You are a support agent.',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(fake.requests).toHaveLength(1);
    const [req] = fake.requests;
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe('/v1/messages');
    expect(req!.body.model).toBe(MODEL);
    expect(req!.body.system).toBe('You are a support agent.');
    expect(req!.body.messages).toEqual([{ role: 'user', content: 'hi' }]);
    expect(req!.apiKey).toBe('test-key');
    expect(req!.headers.authorization ?? req!.headers['x-api-key']).toMatch(/test-key/);
    expect(req!.headers['anthropic-version']).toBeTruthy();
  });

  it('answers a short default text when nothing is scripted', async () => {
    const msg = await client().messages.create({ model: MODEL, max_tokens: 16, messages: [{ role: 'user', content: 'x' }] });
    const block = msg.content[0]!;
    expect(block.type === 'text' && block.text).toBe(DEFAULT_FAKE_TEXT);
  });

  it('accepts x-api-key and rejects a request without any key (401)', async () => {
    const res = await fetch(`${fake.baseURL}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k2', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: MODEL, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(res.status).toBe(200);
    expect(fake.requests.at(-1)!.apiKey).toBe('k2');
    const anon = await fetch(`${fake.baseURL}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, max_tokens: 8, messages: [] }),
    });
    expect(anon.status).toBe(401);
    expect(await anon.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
  });

  it('streams a text reply in several text_delta events and assembles the final message', async () => {
    const text = 'Thanks for waiting — a human agent will join shortly.';
    fake.script({ kind: 'text', text, chunkDelayMs: 2 });
    const stream = client().messages.stream({ model: MODEL, max_tokens: 256, messages: [{ role: 'user', content: 'help' }] });
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    const final = await stream.finalMessage();
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe(text);
    expect(final.stop_reason).toBe('end_turn');
    const block = final.content[0]!;
    expect(block.type === 'text' && block.text).toBe(text);
    expect(final.usage.output_tokens).toBeGreaterThan(0);
    expect(fake.requests[0]!.body.stream).toBe(true);
  });

  it('forced tool use returns a tool_use block with a parsed input object (plain and streamed)', async () => {
    const input = { category: 'billing', priority: 'high', confidence: 0.92, tags: ['refund', 'card'] };
    const params = {
      model: MODEL,
      max_tokens: 512,
      tools: [
        {
          name: 'classify',
          description: 'Classify the ticket',
          input_schema: {
            type: 'object' as const,
            properties: { category: { type: 'string' }, priority: { type: 'string' } },
            required: ['category', 'priority'],
          },
        },
      ],
      tool_choice: { type: 'tool' as const, name: 'classify' },
      messages: [{ role: 'user' as const, content: 'I was charged twice' }],
    };
    fake.script({ kind: 'tool', name: 'classify', input }, { kind: 'tool', name: 'classify', input });

    const msg = await client().messages.create(params);
    expect(msg.stop_reason).toBe('tool_use');
    const block = msg.content.find((b) => b.type === 'tool_use');
    expect(block?.type === 'tool_use' && block.name).toBe('classify');
    expect(block?.type === 'tool_use' && block.input).toEqual(input);

    const streamed = await client().messages.stream(params).finalMessage();
    const sBlock = streamed.content.find((b) => b.type === 'tool_use');
    expect(sBlock?.type === 'tool_use' && sBlock.input).toEqual(input);
    expect(fake.requests[0]!.body.tool_choice).toEqual({ type: 'tool', name: 'classify' });
  });

  it('a 529 overloaded_error is retried by the SDK and the retry succeeds', async () => {
    fake.script({ kind: 'status', status: 529, retryAfterMs: 20 }, { kind: 'text', text: 'after retry' });
    const msg = await client({ maxRetries: 2 }).messages.create({
      model: MODEL,
      max_tokens: 32,
      messages: [{ role: 'user', content: 'x' }],
    });
    const block = msg.content[0]!;
    expect(block.type === 'text' && block.text).toBe('after retry');
    expect(fake.requests).toHaveLength(2);
  });

  it('an error status surfaces as an APIError with the Anthropic error shape when retries are off', async () => {
    fake.script({ kind: 'status', status: 429, retryAfterMs: 10 });
    const err = await client({ maxRetries: 0 })
      .messages.create({ model: MODEL, max_tokens: 32, messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIError);
    expect((err as APIError).status).toBe(429);
    expect((err as APIError).type).toBe('rate_limit_error');
    expect((err as APIError).headers?.get('retry-after-ms')).toBe('10');
    expect(fake.requests).toHaveLength(1);
  });

  it('a stalled stream is ended by an AbortController deadline', async () => {
    fake.script({ kind: 'stall', afterChunks: 2 });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const stream = client({ maxRetries: 2 }).messages.stream(
      { model: MODEL, max_tokens: 256, messages: [{ role: 'user', content: 'x' }] },
      { signal: controller.signal },
    );
    const deltas: string[] = [];
    stream.on('text', (d) => deltas.push(d));
    const err = await stream.finalMessage().catch((e: unknown) => e);
    clearTimeout(timer);
    expect(err).toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(deltas).toHaveLength(2); // the deltas before the stall did arrive
    expect(fake.requests).toHaveLength(1); // an abort is not retried
  });

  it('an SSE error event mid-stream surfaces as an APIError (overloaded_error)', async () => {
    fake.script({ kind: 'sse-error', afterChunks: 3 });
    const stream = client().messages.stream({ model: MODEL, max_tokens: 256, messages: [{ role: 'user', content: 'x' }] });
    const deltas: string[] = [];
    stream.on('text', (d) => deltas.push(d));
    const err = await stream.finalMessage().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIError);
    expect(err).not.toBeInstanceOf(APIUserAbortError);
    expect((err as APIError).type).toBe('overloaded_error');
    expect(deltas).toHaveLength(3);
  });
});

// messageAdded: replay from PostgreSQL everything after `afterSeq`, then stream live — with no
// gap and no duplicate at the seam. We listen before reading, skip events at or below the last
// seq sent, and fill any hole from the database (an event lost between instances, or one that
// overtook another). Two late catch-up reads cover events published while a Redis
// subscription was still being set up, and after a Redis outage (ours or another instance's)
// the stream re-reads after its last seq — so the last message before a quiet spell arrives too.
import type { Context } from '../../context.js';
import { Topic, type MessageEvent, type TopicPayloads } from '../../events/topics.js';
import { seesPrivateNotes, visibleConversation, type ConversationRef } from './conversation.access.js';
import { messagesAfter } from './message.reads.js';

const CATCH_UP_AFTER_MS = [250, 1500];
const REPLAY_BATCH = 500;

/** Authorise first (errors then reach the client as a proper NOT_FOUND), then stream. */
export async function openMessageStream(ctx: Context, conversationId: string, afterSeq: number): Promise<AsyncGenerator<MessageEvent>> {
  const ref = await visibleConversation(ctx, conversationId);
  return messageStream(ctx, ref, afterSeq);
}

async function* messageStream(ctx: Context, ref: ConversationRef, afterSeq: number): AsyncGenerator<MessageEvent> {
  const includePrivate = seesPrivateNotes(ctx.viewer);
  const pool = ctx.services.readPool;
  const live = ctx.services.events.pubSub.subscribe(Topic.MESSAGE_ADDED, ref.id) as AsyncIterable<TopicPayloads['MESSAGE_ADDED']>;
  const events = live[Symbol.asyncIterator]();
  let nextEvent = events.next(); // starts listening before the replay reads
  let last = Math.max(0, Math.trunc(afterSeq));
  let recovered = false;
  let wakeUp: (() => void) | null = null;
  const stopListening = ctx.services.events.onRecovery(() => {
    recovered = true;
    wakeUp?.();
  });

  // Everything after `last` up to `upto` (inclusive), in batches, oldest first.
  async function* fill(upto?: number): AsyncGenerator<MessageEvent> {
    for (;;) {
      const batch = await messagesAfter(pool, ref.tenantId, ref.id, last, { limit: REPLAY_BATCH, includePrivate, uptoSeq: upto });
      for (const m of batch) {
        last = m.seq;
        yield m;
      }
      if (batch.length < REPLAY_BATCH) {
        // Private notes are not returned to widget clients, but they still advance the cursor.
        if (upto !== undefined && upto > last) last = upto;
        return;
      }
    }
  }

  try {
    yield* fill();
    const timers = CATCH_UP_AFTER_MS.map((ms) => new Promise<'catch-up'>((r) => setTimeout(() => r('catch-up'), ms).unref()));
    let timer = timers.shift();
    for (;;) {
      if (recovered) {
        recovered = false;
        yield* fill();
      }
      // A fresh wake-up promise per wait: racing one long-lived promise would pile up reactions.
      const wake = new Promise<'recovered'>((resolve) => (wakeUp = () => resolve('recovered')));
      const next = await Promise.race(timer ? [nextEvent, timer, wake] : [nextEvent, wake]);
      wakeUp = null;
      if (next === 'recovered') continue;
      if (next === 'catch-up') {
        timer = timers.shift();
        yield* fill();
        continue;
      }
      if (next.done) return;
      nextEvent = events.next();
      const m = next.value.message;
      if (m.seq <= last) continue; // already sent (replay or catch-up)
      if (m.seq > last + 1) yield* fill(m.seq - 1); // a hole: take it from the database
      if (m.seq <= last) continue;
      last = m.seq;
      if (!m.private || includePrivate) yield m;
    }
  } finally {
    stopListening();
    await events.return?.();
  }
}

// The widget's `queuePosition` stream: the position at start, then a fresh one whenever a queue of
// the tenant moved or this conversation changed, only when it differs; a last `waiting: false`
// when the conversation is no longer waiting, then the stream completes.
// A hand-written iterator, not an async generator: a generator parked on `await` cannot be
// returned until it wakes, which would keep the event subscriptions open after the client left.
import type { AppServices } from '../../services.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { Topic } from '../../events/topics.js';
import type { Viewer } from '../../auth/viewer.js';
import { queuePosition } from './routing.service.js';

export interface QueuePositionUpdate {
  waiting: boolean;
  position: number | null;
  estimatedWaitSeconds: number | null;
  nobodyAvailable: boolean;
  awayMessage: string | null;
}

/** NOT_FOUND unless `conversationId` is the widget caller's own conversation. */
export async function ownConversation(services: AppServices, viewer: Viewer, conversationId: string): Promise<{ tenantId: string; id: string }> {
  if (viewer.kind !== 'widget' || !isUuid(conversationId)) throw notFound('Conversation');
  const [row] = await services.readPool.query<{ id: string }>(
    'select id from conversations where id = $1 and tenant_id = $2 and contact_id = $3',
    [conversationId, viewer.tenantId, viewer.contactId],
  );
  if (!row) throw notFound('Conversation');
  return { tenantId: viewer.tenantId, id: row.id };
}

export function queuePositionStream(services: AppServices, tenantId: string, conversationId: string): AsyncIterableIterator<QueuePositionUpdate> {
  const { pubSub } = services.events;
  const sources = [pubSub.subscribe(Topic.QUEUE_UPDATED), pubSub.subscribe(Topic.CONVERSATION_UPDATED)] as AsyncIterableIterator<{ tenantId: string; conversationId?: string }>[];
  const ready: QueuePositionUpdate[] = [];
  let waiter: ((r: IteratorResult<QueuePositionUpdate>) => void) | null = null;
  let failer: ((e: unknown) => void) | null = null;
  let finished = false;
  let failure: unknown = null;
  let last: QueuePositionUpdate | null = null;
  let computing = false;
  let dirty = false;

  const deliver = () => {
    if (!waiter) return;
    if (ready.length) {
      const resolve = waiter;
      waiter = failer = null;
      resolve({ value: ready.shift()!, done: false });
    } else if (failure) {
      const reject = failer!;
      waiter = failer = null;
      reject(failure);
    } else if (finished) {
      const resolve = waiter;
      waiter = failer = null;
      resolve({ value: undefined, done: true });
    }
  };

  const stop = async () => {
    if (finished) return;
    finished = true;
    await Promise.all(sources.map((s) => s.return?.()));
    deliver();
  };

  // Recompute at most one at a time; events arriving meanwhile cause exactly one more.
  const recompute = async () => {
    if (finished) return;
    if (computing) {
      dirty = true;
      return;
    }
    computing = true;
    try {
      do {
        dirty = false;
        const p = await queuePosition(services, tenantId, conversationId);
        if (finished) return;
        const next: QueuePositionUpdate = p
          ? { waiting: true, position: p.position, estimatedWaitSeconds: p.estimatedWaitSeconds, nobodyAvailable: p.nobodyAvailable, awayMessage: p.nobodyAvailable ? p.awayMessage : null }
          : { waiting: false, position: null, estimatedWaitSeconds: null, nobodyAvailable: false, awayMessage: null };
        if (!last || last.waiting !== next.waiting || last.position !== next.position || last.estimatedWaitSeconds !== next.estimatedWaitSeconds || last.nobodyAvailable !== next.nobodyAvailable) {
          last = next;
          ready.push(next);
        }
        if (!next.waiting) {
          await stop();
          return;
        }
        deliver();
      } while (dirty && !finished);
    } catch (e) {
      failure = e;
      await stop();
    } finally {
      computing = false;
    }
  };

  for (const source of sources) {
    void (async () => {
      for await (const event of source) {
        if (event.tenantId !== tenantId) continue;
        if (event.conversationId !== undefined && event.conversationId !== conversationId) continue;
        void recompute();
      }
    })().catch(() => undefined);
  }
  void recompute();

  const iterator: AsyncIterableIterator<QueuePositionUpdate> = {
    next: () =>
      new Promise<IteratorResult<QueuePositionUpdate>>((resolve, reject) => {
        waiter = resolve;
        failer = reject;
        deliver();
      }),
    return: async () => {
      ready.length = 0;
      await stop();
      return { value: undefined, done: true };
    },
    throw: async (e: unknown) => {
      await stop();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

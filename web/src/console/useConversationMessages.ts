// The messages of one conversation: history (the newest page first, then forward to the end;
// older pages on request), then `messageAdded` merged by seq, the assistant's streaming drafts
// and the customer's typing indicator. The view is told when to scroll (`view`).
import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import type { Client } from '@urql/core';
import type { ConsoleMessageFragment } from '../gql/graphql.js';
import { AssistantDraftSubscription, MessageAddedSubscription, MessagesQuery, TypingSubscription } from './operations.js';
import { addMessages, applyDraftPiece, emptyMessageList, lastSeq, timeline, type MessageListState } from './message-list.js';
import { useLiveSubscription } from '../live.js';
import { describeError, showToast } from '../toast.js';
import { socketReconnects } from '../urql.js';

const PAGE = 500;

export interface MessagesView {
  reset(): void;
  scrollToEnd(): Promise<void>;
  followEnd(): void;
  keepPosition(addAbove: () => void): Promise<void>;
}

export function useConversationMessages(client: Client, conversation: () => { id: string; lastSeq?: number | null }, view: MessagesView) {
  const conversationId = computed(() => conversation().id);
  const state = shallowRef<MessageListState<ConsoleMessageFragment>>(emptyMessageList());
  const entries = computed(() => timeline(state.value));
  const loading = ref(false);
  const loadError = ref<string | null>(null);
  /** Set once the history is loaded: the live subscriptions start from its last seq. */
  const liveId = ref<string | null>(null);
  const hasOlder = computed(() => (state.value.messages[0]?.seq ?? 1) > 1);
  const loadingOlder = ref(false);

  function add(messages: readonly ConsoleMessageFragment[]) {
    state.value = addMessages(state.value, messages);
  }

  async function load(id: string) {
    liveId.value = null;
    state.value = emptyMessageList();
    view.reset();
    loading.value = true;
    loadError.value = null;
    let afterSeq = Math.max(0, (conversation().lastSeq ?? 0) - PAGE);
    try {
      for (let page = 0; page < 100; page++) {
        const result = await client.query(MessagesQuery, { conversationId: id, afterSeq, first: PAGE }, { requestPolicy: 'network-only' }).toPromise();
        if (id !== conversationId.value) return;
        if (result.error) {
          loadError.value = describeError(result.error);
          break;
        }
        const pageData = result.data?.messages;
        if (!pageData) break;
        add(pageData.messages);
        afterSeq = lastSeq(state.value);
        if (!pageData.hasMore || pageData.messages.length === 0) break;
      }
    } finally {
      if (id === conversationId.value) {
        loading.value = false;
        liveId.value = id;
        void view.scrollToEnd();
      }
    }
  }
  watch(conversationId, (id) => void load(id), { immediate: true });

  async function loadOlder() {
    const id = conversationId.value;
    const oldest = state.value.messages[0]?.seq ?? 1;
    if (oldest <= 1 || loadingOlder.value || !liveId.value) return;
    loadingOlder.value = true;
    try {
      const afterSeq = Math.max(0, oldest - 1 - PAGE);
      const result = await client
        .query(MessagesQuery, { conversationId: id, afterSeq, first: oldest - 1 - afterSeq }, { requestPolicy: 'network-only' })
        .toPromise();
      if (id !== conversationId.value) return;
      if (result.error) {
        showToast(describeError(result.error), 'error');
        return;
      }
      await view.keepPosition(() => add(result.data?.messages.messages ?? []));
    } finally {
      loadingOlder.value = false;
    }
  }

  // Variables are read at (re)subscribe time: after the socket reconnects the subscription
  // is sent again from the last seq shown, so the replay brings only what was missed (and
  // anything that overlaps is merged by seq, never shown twice).
  useLiveSubscription(
    client,
    liveId,
    (id) => ({ query: MessageAddedSubscription, variables: { conversationId: id, afterSeq: lastSeq(state.value) } }),
    (result) => {
      const m = result.data?.messageAdded;
      if (m) {
        add([m]);
        if (m.author === 'CUSTOMER') customerTyping.value = null;
        view.followEnd();
      }
    },
    { restartOn: socketReconnects },
  );

  useLiveSubscription(
    client,
    liveId,
    (id) => ({ query: AssistantDraftSubscription, variables: { conversationId: id } }),
    (result) => {
      const piece = result.data?.assistantDraft;
      if (piece) {
        state.value = applyDraftPiece(state.value, piece);
        view.followEnd();
      }
    },
  );

  // The customer's typing indicator (our own and other agents' events are not shown).
  const customerTyping = ref<string | null>(null);
  let typingClear: ReturnType<typeof setTimeout> | undefined;
  useLiveSubscription(
    client,
    liveId,
    (id) => ({ query: TypingSubscription, variables: { conversationId: id } }),
    (result) => {
      const ev = result.data?.typing;
      if (!ev || ev.who !== 'CUSTOMER') return;
      clearTimeout(typingClear);
      customerTyping.value = ev.typing ? (ev.name ?? 'The customer') : null;
      if (ev.typing) typingClear = setTimeout(() => (customerTyping.value = null), 8000);
    },
  );
  watch(conversationId, () => (customerTyping.value = null));
  onBeforeUnmount(() => clearTimeout(typingClear));

  return {
    entries,
    loading,
    loadError,
    loadingOlder,
    hasOlder,
    customerTyping,
    loadOlder,
    /** A message this user sent in conversation `id` (shown at once, merged by seq when it comes back live). */
    addSent(id: string, message: ConsoleMessageFragment) {
      if (id === conversationId.value) add([message]);
    },
  };
}

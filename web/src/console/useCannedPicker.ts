// Canned responses in the composer: `/` + part of a shortcut lists matches; Enter or Tab puts the
// chosen one, variables filled in by the API, into the composer to edit (never sent without a
// look). With none at all (or none matching) the list says so (CannedPopup links to the page
// that manages them).
import { computed, nextTick, ref, shallowRef, watch, type Ref } from 'vue';
import type { Client } from '@urql/core';
import { CannedResponsesQuery, RenderCannedResponseQuery } from './operations.js';
import { cannedQuery, matchCanned, type Canned } from './canned.js';
import { describeError, showToast } from '../toast.js';

export function useCannedPicker(
  client: Client,
  conversationId: () => string,
  draft: Ref<string>,
  privateNote: Ref<boolean>,
  textarea: Ref<HTMLTextAreaElement | null>,
) {
  const canned = shallowRef<Canned[] | null>(null);
  const index = ref(0);
  const dismissed = ref(false);
  let loading = false;
  async function load() {
    if (canned.value || loading) return;
    loading = true;
    const result = await client.query(CannedResponsesQuery, { first: 100 }, { requestPolicy: 'network-only' }).toPromise();
    loading = false;
    if (result.error) showToast(describeError(result.error), 'error');
    canned.value = result.data?.cannedResponses.edges.map((e) => e.node) ?? [];
  }
  const typed = computed(() => (privateNote.value ? null : cannedQuery(draft.value)));
  const matches = computed(() => (typed.value === null || !canned.value ? [] : matchCanned(canned.value, typed.value)));
  const open = computed(() => typed.value !== null && !dismissed.value && matches.value.length > 0);
  /** `/` typed, the list loaded, nothing to offer: say why instead of staying silent. */
  const empty = computed<'none' | 'no-match' | null>(() => {
    if (typed.value === null || dismissed.value || !canned.value || matches.value.length > 0) return null;
    return canned.value.length === 0 ? 'none' : 'no-match';
  });
  watch(typed, (q) => {
    index.value = 0;
    dismissed.value = false;
    if (q !== null) void load();
  });

  const inserting = ref(false);
  async function insert(c: Canned) {
    if (inserting.value) return;
    inserting.value = true;
    const id = conversationId();
    const before = draft.value;
    try {
      const result = await client.query(RenderCannedResponseQuery, { conversationId: id, shortcut: c.shortcut }, { requestPolicy: 'network-only' }).toPromise();
      if (result.error) {
        showToast(describeError(result.error), 'error');
        return;
      }
      const text = result.data?.renderCannedResponse;
      // The agent may have typed on meanwhile, or left: then leave their draft alone.
      if (text == null || id !== conversationId() || draft.value !== before) return;
      draft.value = text;
      await nextTick();
      const el = textarea.value;
      if (el) {
        el.focus();
        el.setSelectionRange(text.length, text.length);
      }
    } finally {
      inserting.value = false;
    }
  }

  /** The composer's keys while the list (or its "nothing here") shows; true when the key was used. */
  function onKeydown(event: KeyboardEvent): boolean {
    if (event.isComposing) return false;
    if (open.value) {
      const n = matches.value.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        index.value = (index.value + (event.key === 'ArrowDown' ? 1 : n - 1)) % n;
        return true;
      }
      if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
        event.preventDefault();
        const chosen = matches.value[index.value];
        if (chosen) void insert(chosen);
        return true;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        dismissed.value = true;
        return true;
      }
    }
    // "/" and nothing to pick: Enter must not send the bare "/…" by accident.
    if (empty.value && event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      return true;
    }
    return false;
  }

  /** The option the keyboard is on (for aria-activedescendant). */
  const active = computed(() => (open.value ? (matches.value[index.value] ?? null) : null));

  return { typed, matches, index, open, empty, active, insert, onKeydown };
}

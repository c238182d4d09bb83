// One chat bubble per store entry: a stored message, the assistant's draft while it streams,
// or the customer's message waiting for the server. `data-state` says which.
import type { Entry } from './message-store.js';
import { h } from './dom.js';

export interface BubbleLabels {
  you: string;
  offline: string;
  sending: string;
  failed: string;
  retry: string;
  sources: string;
}

export type BubbleState = 'sent' | 'streaming' | 'pending' | 'failed';

function stateOf(entry: Entry): BubbleState {
  if (entry.kind === 'message') return 'sent';
  if (entry.kind === 'draft') return 'streaming';
  return entry.failed ? 'failed' : 'pending';
}

function authorClass(entry: Entry): string {
  if (entry.kind === 'pending') return 'customer';
  if (entry.kind === 'draft') return 'assistant';
  return { CUSTOMER: 'customer', AGENT: 'agent', AI: 'assistant', SYSTEM: 'system' }[entry.message.author];
}

/** A signature of what the bubble shows, to skip rebuilding unchanged bubbles. */
function signature(entry: Entry): string {
  if (entry.kind === 'message') return `m|${entry.message.id}`;
  if (entry.kind === 'draft') return `d|${entry.text.length}|${entry.done}`;
  return `p|${entry.failed}`;
}

export function renderBubble(entry: Entry, labels: BubbleLabels, onRetry: (clientMessageId: string) => void, existing?: HTMLLIElement): HTMLLIElement {
  const sig = signature(entry);
  if (existing && existing.dataset.sig === sig) return existing;
  const li = existing ?? h('li', {});
  li.replaceChildren();
  li.className = `bubble ${authorClass(entry)}`;
  li.dataset.sig = sig;
  li.dataset.key = entry.key;
  li.dataset.state = stateOf(entry);

  if (entry.kind === 'message') {
    const m = entry.message;
    li.dataset.seq = String(m.seq);
    if (m.clientMessageId) li.dataset.clientMessageId = m.clientMessageId;
    if (m.author === 'AGENT' || m.author === 'AI') li.append(h('span', { class: 'author' }, m.authorName ?? ''));
    else if (m.author === 'CUSTOMER') li.append(h('span', { class: 'sr-only' }, `${labels.you}: `));
    li.append(h('span', { class: 'text' }, m.body));
    if (m.citations?.length) {
      const chips = m.citations.map((c) => h('li', { class: 'chip', title: c.excerpt, tabindex: '0' }, c.title));
      li.append(h('ul', { class: 'sources', 'aria-label': labels.sources }, ...chips));
    }
    if (m.offline) li.append(h('span', { class: 'offline' }, labels.offline));
  } else if (entry.kind === 'draft') {
    li.append(h('span', { class: 'author' }, entry.authorName), h('span', { class: 'text' }, entry.text));
    if (entry.offline) li.append(h('span', { class: 'offline' }, labels.offline));
  } else {
    li.dataset.clientMessageId = entry.clientMessageId;
    li.append(h('span', { class: 'sr-only' }, `${labels.you}: `), h('span', { class: 'text' }, entry.body));
    const note = h('span', { class: 'note' }, entry.failed ? labels.failed : labels.sending);
    li.append(note);
    if (entry.failed) {
      const retry = h('button', { type: 'button', class: 'retry' }, labels.retry);
      retry.addEventListener('click', () => onRetry(entry.clientMessageId));
      li.append(retry);
    }
  }
  return li;
}


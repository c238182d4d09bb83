// App-wide toasts: a reactive list any module can push to.
import { reactive } from 'vue';
import type { CombinedError } from '@urql/core';

export interface Toast {
  id: number;
  message: string;
  tone: 'success' | 'error' | 'info';
  /** An in-app link shown after the message (e.g. the ticket just created). */
  link?: { to: string; label: string };
}

export const toasts = reactive<Toast[]>([]);
let nextId = 1;

export function showToast(message: string, tone: Toast['tone'] = 'info', ttlMs = 5000, link?: Toast['link']): number {
  const id = nextId++;
  toasts.push({ id, message, tone, ...(link ? { link } : {}) });
  if (ttlMs > 0) setTimeout(() => dismissToast(id), ttlMs);
  return id;
}

export function dismissToast(id: number): void {
  const i = toasts.findIndex((t) => t.id === id);
  if (i !== -1) toasts.splice(i, 1);
}

/** A readable message for a urql error: the GraphQL messages, or a network hint. */
export function describeError(error: CombinedError): string {
  if (error.graphQLErrors.length) return error.graphQLErrors.map((e) => e.message).join(' ');
  if (error.networkError) return 'Could not reach the server. Check your connection and try again.';
  return error.message;
}

// Idempotency keys for create forms (docs/api.md, "Retrying safely"). Pressing the button again
// after a failure or a lost answer sends the same key while the input is the same, so the server
// creates the object once; changed input is a new request with a new key.
function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function retryKeys() {
  let last: { input: string; key: string } | null = null;
  return {
    /** The key for this input: the previous one while the input has not changed. */
    for(input: unknown): string {
      const text = JSON.stringify(input);
      if (last?.input !== text) last = { input: text, key: newKey() };
      return last.key;
    },
    /** Call after success: the next submit is a new request. */
    done(): void {
      last = null;
    },
  };
}

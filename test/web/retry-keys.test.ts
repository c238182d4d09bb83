// Create forms send an idempotencyKey: the same one while the user retries the same input (after
// an error or a lost answer), a new one for changed input or after success.
import { describe, expect, it } from 'vitest';
import { retryKeys } from '../../web/src/retry-keys.js';

describe('retryKeys', () => {
  it('keeps the key for a retry of the same input, and changes it for new input or after success', () => {
    const keys = retryKeys();
    const first = keys.for({ name: 'Partner', scopes: ['kb.view'] });
    expect(first).toMatch(/^[\w-]{8,100}$/);
    expect(keys.for({ name: 'Partner', scopes: ['kb.view'] })).toBe(first);
    const changed = keys.for({ name: 'Partner 2', scopes: ['kb.view'] });
    expect(changed).not.toBe(first);
    keys.done();
    expect(keys.for({ name: 'Partner 2', scopes: ['kb.view'] })).not.toBe(changed);
  });
});

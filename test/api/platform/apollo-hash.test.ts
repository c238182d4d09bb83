// Apollo's per-request query hash must not walk the module loader (api/src/http/apollo-hash.ts),
// and must stay the same sha256.
import { createHash as nodeHash } from 'node:crypto';
import { createRequire, Module } from 'node:module';
import { describe, expect, it } from 'vitest';
import { shortCircuitApolloHashRequire } from '../../../api/src/http/apollo-hash.js';

const require = createRequire(import.meta.url);

describe("Apollo's query hash", () => {
  it('is the same sha256 and no longer requires a module per call', () => {
    expect(shortCircuitApolloHashRequire()).toBe(true);
    expect(shortCircuitApolloHashRequire()).toBe(true); // idempotent
    const file = createRequire(require.resolve('@apollo/server')).resolve('@apollo/utils.createhash');
    const { createHash } = require(file) as { createHash: (kind: string) => ReturnType<typeof nodeHash> };
    const normal = Module.prototype.require;
    let requires = 0;
    Module.prototype.require = function (this: Module, id: string) {
      requires++;
      return normal.call(this, id);
    } as NodeJS.Require;
    try {
      const query = '{ users(first: 50) { edges { node { id } } } }';
      expect(createHash('sha256').update(query).digest('hex')).toBe(nodeHash('sha256').update(query).digest('hex'));
      expect(requires).toBe(0);
    } finally {
      Module.prototype.require = normal;
    }
  });
});

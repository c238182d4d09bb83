// Apollo hashes every query text (sha256: its document cache key) with
// @apollo/utils.createhash, which calls `module.require("crypto")` on every request. Under tsx's
// module hooks (`npm start` runs the TypeScript sources) each of those requires walks the hooks'
// resolve and load steps: ≈ 6 % of our server's CPU on users(first:50) (`npm run bench -- profile`).
// Answer that one module's require of `crypto` from the already loaded module: same function,
// same hash; any other require it makes goes the normal way.
import crypto from 'node:crypto';
import { createRequire, Module } from 'node:module';

const ourRequire = createRequire(import.meta.url);

/** Idempotent. Returns false (and changes nothing) if the package or its module record is not where expected. */
export function shortCircuitApolloHashRequire(): boolean {
  let file: string;
  try {
    // Resolved from @apollo/server, whose request pipeline imports it.
    file = createRequire(ourRequire.resolve('@apollo/server')).resolve('@apollo/utils.createhash');
  } catch {
    return false;
  }
  ourRequire(file); // loaded already when Apollo is; ESM imports of CommonJS share require.cache
  const record = ourRequire.cache[file] as (Module & { require: NodeJS.Require }) | undefined;
  if (!record) return false;
  const normal = Module.prototype.require;
  record.require = function (this: Module, id: string) {
    return id === 'crypto' || id === 'node:crypto' ? crypto : normal.call(this, id);
  } as NodeJS.Require;
  return true;
}

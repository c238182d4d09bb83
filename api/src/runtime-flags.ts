// Node flags the API runs with (`npm start` repeats them; the bench and process tests import them).
// - async context frames make AsyncLocalStorage (used by MikroORM transactions) nearly free;
//   without them every promise in the process pays for async hooks once ALS is first used.
// - a larger young generation cuts GC for the many short-lived objects of a GraphQL request.
export const NODE_FLAGS = ['--experimental-async-context-frame', '--max-semi-space-size=64'];

// `npm start` runs the bundle scripts/build-api.mjs makes of main.ts (half the CPU to load the
// application); source maps keep stack traces pointing at the TypeScript files.
export const API_BUNDLE = 'dist/api/main.mjs';
export const BUNDLE_NODE_FLAGS = [...NODE_FLAGS, '--enable-source-maps'];

// Node flags the API runs with (`npm start` repeats them; the bench and process tests import them).
// - async context frames make AsyncLocalStorage (used by MikroORM transactions) nearly free;
//   without them every promise in the process pays for async hooks once ALS is first used.
// - a larger young generation cuts GC for the many short-lived objects of a GraphQL request.
export const NODE_FLAGS = ['--experimental-async-context-frame', '--max-semi-space-size=64'];

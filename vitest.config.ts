import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import PairFirstSequencer from './test/helpers/sequencer.js';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    // graphql ships index.mjs and index.js; Node (and type-graphql) load the CommonJS one, so the
    // tests must too, or two graphql realms meet ("Cannot use GraphQLObjectType from another realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['test/helpers/setup-file.ts'],
    pool: 'forks',
    // Same runtime flags as `npm start` (api/src/runtime-flags.ts).
    execArgv: ['--experimental-async-context-frame'],
    // Each file gets its own database, so files run in parallel safely.
    fileParallelism: true,
    sequence: { sequencer: PairFirstSequencer },
    maxWorkers: 2,
    testTimeout: 30_000,
    // expect.poll waits for something a user would see; 1 s (the default) is too short on a busy 2-core run.
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});

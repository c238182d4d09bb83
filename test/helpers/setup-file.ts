// Before each test file (in its worker): decorator metadata for type-graphql/MikroORM.
import 'reflect-metadata';

// A leaf value that production would write differently (graphql/jit-executor.ts, checked mode)
// fails the file, even where the test did not look at that response's errors.
import { afterAll } from 'vitest';
import { leafViolations } from '../../api/src/graphql/jit-executor.js';

afterAll(() => {
  if (leafViolations.length) throw new Error(`leaf values not in serialized form:\n${[...new Set(leafViolations)].join('\n')}`);
});

import { it } from 'vitest';
import { isolationCheck } from '../../helpers/isolation-pair.js';

it('a row written by isolation-a.test.ts (running at the same time) is invisible here', { timeout: 120_000 }, () => isolationCheck('b'));

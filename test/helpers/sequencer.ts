// Test file order: vitest's own (slowest known files first), except that the isolation pair
// (isolation-a/b, which wait for each other) goes first, so the two workers start them together
// instead of one waiting while the other worker is busy with long files.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PAIR = /isolation-[ab]\.test\.ts$/;

export default class PairFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => PAIR.test(f.moduleId)), ...sorted.filter((f) => !PAIR.test(f.moduleId))];
  }
}

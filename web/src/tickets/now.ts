// One shared clock for every SLA countdown on screen: a single ticker (../console/ticker.ts, not
// throttled in background tabs) bumps one reactive `now` each second while at least one component
// uses it, instead of one interval per badge.
import { onBeforeUnmount, ref, type Ref } from 'vue';
import { startTicker } from '../console/ticker.js';

const now = ref(Date.now());
let users = 0;
let stop: (() => void) | null = null;

export function useNow(): Ref<number> {
  if (users++ === 0) {
    now.value = Date.now();
    stop = startTicker(1000, () => (now.value = Date.now()));
  }
  onBeforeUnmount(() => {
    if (--users === 0) {
      stop?.();
      stop = null;
    }
  });
  return now;
}

/** For tests: how many components hold the ticker. */
export const nowUsers = () => users;

// Shared text handling for the conversation signals. Same normalisation as the classifier
// (lower case, accents off, apostrophes joined: "don't" -> "dont", "I'd" -> "id"), so the
// patterns below are written once against plain ASCII-ish words.
import { normalise } from '../model/text-features.js';

export { normalise };

/** Words that flip the meaning of what follows ("not happy", "don't need a human"). */
export const NEGATORS = new Set([
  'not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'cannot',
  'couldnt', 'wont', 'wouldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint', 'neither', 'nor', 'without',
  'hardly', 'barely', 'nothing',
]);

/** True when one of the `window` words before character offset `at` of `s` is a negator. */
export function negatedBefore(s: string, at: number, window = 3): boolean {
  const before = s.slice(0, at).trim().split(' ').slice(-window);
  return before.some((w) => NEGATORS.has(w));
}

/** Whether a global regex matches somewhere not negated by the words just before it. */
export function matchesUnnegated(s: string, re: RegExp): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!negatedBefore(s, m.index)) return true;
    if (m[0] === '') re.lastIndex++;
  }
  return false;
}

// "Your answer did not help." Counted as an assistant failure: repeated failures hand the
// conversation to a person. The patterns are about the ANSWER ("that didn't help", "not what I
// asked", "still doesn't work"), not about the product ("my card doesn't work" is a question,
// not a complaint about the assistant).
import { normalise } from './text.js';

const NOT_HELPFUL: RegExp[] = [
  // didn't help / not helpful / doesn't answer / not what I asked
  /\b(?:didnt|did not|doesnt|does not|dont|do not|isnt|is not|wasnt|was not|arent|are not|not|never|youre not|you are not)\s+(?:really\s+|even\s+|at all\s+)?(?:help|helping|helpful|helped|answer|answering|answered|address|addressing|relevant|useful|make sense|what (?:i|im|ive))\b/,
  /\b(?:no|of no)\s+(?:help|use|good)\b|\b(?:going|getting)\s+nowhere\b/,
  /\b(?:answered|answering|answer)\s+(?:something else|a different question|another question|the wrong question)\b/,
  /\b(?:useless|unhelpful|pointless|irrelevant|nonsense)\b/,
  // that's wrong
  /\b(?:thats|that is|this is|its|it is|your answer is|thats just|that was|this was)\s+(?:(?:just|all|completely|totally|simply)\s+)?(?:wrong|incorrect|not right|not correct|not true|not it|false|inaccurate|not the answer)\b/,
  /\bwrong (?:answer|info|information|reply|response)\b/,
  // tried it, still broken
  /\bstill\s+(?:doesnt|does not|dont|do not|isnt|is not|not|cant|cannot|wont|didnt|broken|failing|the same)\b/,
  /\b(?:already\s+)?tried\s+(?:that|this|it|those|these|everything)\b/,
  /\b(?:that|this|it)\s+(?:didnt|did not)\s+work\b|\b(?:that|this)\s+(?:doesnt|does not)\s+work\b/,
  // you don't understand / read my question
  /\byou\s+(?:dont|do not|didnt|did not)\s+(?:understand|get it|read|listen)\b/,
  /\b(?:you\s+)?misunderstood\b|\byou(?:re| are)?\s+not\s+(?:listening|understanding|reading)\b/,
  /\b(?:read|answer|address)\s+my\s+(?:question|message)\b|\bnot\s+my\s+question\b/,
  /\bi\s+already\s+(?:told|said|asked|explained)\b|\bi\s+(?:told|asked)\s+you\s+(?:already|before|that|this)\b|\bas\s+i\s+(?:said|told you|explained|mentioned)\b/,
  /\bi\s+(?:didnt|did not|never)\s+ask(?:ed)?\b/,
  // the same answer again
  /\byou\s+keep\s+(?:saying|repeating|sending|giving|telling)\b|\bsame\s+(?:answer|thing|reply|response)\s+(?:again|over)\b|\bstop\s+repeating\b/,
  /\b(?:makes no sense|what are you talking about)\b/,
];

export function saysNotHelpful(text: string): boolean {
  const s = normalise(text);
  return NOT_HELPFUL.some((re) => re.test(s));
}

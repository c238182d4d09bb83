// Word valences on VADER's scale (about -4..+4), for customer-service English, normalised
// spelling (lower case, no apostrophes). Small on purpose: words that are neutral in support
// chats ("problem" in "I have a problem with my payment", "like" in "I'd like to") are weak or
// absent, because a request about a problem is not an unhappy customer.

export const VALENCE: Record<string, number> = {
  // thanks and praise
  thank: 1.5, thanks: 1.5, thx: 1.5, thankyou: 1.5, cheers: 1.5, appreciate: 2, appreciated: 2, grateful: 2.5,
  great: 3, good: 1.9, nice: 1.8, excellent: 3.2, perfect: 3, perfectly: 2.5, awesome: 3.1, amazing: 2.8,
  brilliant: 2.8, wonderful: 2.7, fantastic: 2.9, superb: 3, outstanding: 3, love: 3, loved: 3, loving: 2.5,
  lovely: 2.8, happy: 2.7, glad: 2, pleased: 2, satisfied: 1.8, delighted: 3, thrilled: 3, helpful: 2,
  helped: 1.8, kind: 1.8, patient: 1.2, friendly: 2, quick: 1, fast: 1, solved: 1.8, fixed: 1.5, resolved: 1.8,
  sorted: 1.5, works: 1, worked: 1, working: 0.8, best: 3, impressed: 2.4, impressive: 2.4, recommend: 1.5,
  beautiful: 2.5, easy: 1.5, smooth: 1.5, cool: 1.3, enjoy: 2, enjoyed: 2, yay: 2, welcome: 1, acceptable: 1.5,
  fine: 0.8, reliable: 1.8, fair: 1.3, gorgeous: 2.8, super: 2,
  // disappointment and trouble
  bad: -2.5, terrible: -3.4, awful: -3.1, horrible: -3.3, worst: -3.5, worse: -2.5, poor: -2.1, poorly: -2,
  disappointing: -2.2, disappointed: -2.3, disappointment: -2.3, unhappy: -2.3, sad: -2, frustrating: -2.2,
  frustrated: -2.2, frustration: -2.2, annoyed: -2, annoying: -2.2, angry: -3, furious: -3.5, livid: -3.5,
  outraged: -3.3, mad: -2.3, upset: -2.2, hate: -3.2, hated: -3.2, rude: -2.5, unacceptable: -3,
  ridiculous: -2.6, pathetic: -3, scam: -3.2, scammers: -3.4, ripoff: -3, useless: -2.8, incompetent: -3,
  idiot: -3.2, idiots: -3.2, stupid: -2.8, dumb: -2.5, moron: -3.2, morons: -3.2, clowns: -2.5, thieves: -3.3,
  liars: -3, liar: -3, lied: -2.8, lying: -2.5, cheated: -3, garbage: -3, trash: -2.8, rubbish: -2.6,
  disgusting: -3.2, disgrace: -3, shameful: -2.8, nightmare: -3, disaster: -3, hopeless: -2.5, waste: -2.3,
  broken: -1.8, broke: -1.5, damaged: -1.8, lost: -1.2, late: -1.2, delayed: -1.2, wrong: -1.5, missing: -1.2,
  crashing: -1.8, crashes: -1.8, crashed: -1.8, confusing: -1.5, confused: -1.2, unfortunately: -1.2,
  sadly: -1.5, nobody: -1, fail: -2, failed: -2, fails: -2, failure: -2, slow: -1.5, overpriced: -2,
  complaint: -1.5, complain: -1.5, unreliable: -2.3, careless: -2, unprofessional: -2.6, sucks: -2.8,
  suck: -2.5, dislike: -2, noproblem: 1.2, problem: -0.6, problems: -0.8, issue: -0.4, issues: -0.6, error: -0.8, sorry: -0.3,
  worried: -1.5, concerned: -1, ignored: -2.2, unusable: -2.5, horrendous: -3.4, appalling: -3.3,
  shocking: -2.5, inadequate: -2, excuses: -1.5,
  // profanity (an intensifier before a positive word: "fucking brilliant")
  fuck: -3, fucking: -3, fucked: -3, fuckin: -3, shit: -3, shitty: -3, bullshit: -3.2, crap: -2.6,
  crappy: -2.6, wtf: -2.8, ffs: -2.5, pissed: -2.8, damn: -1.5, dammit: -1.5, asshole: -3.4, assholes: -3.4,
  bastards: -3.4, bitch: -3.4,
};

/** Said in anger or abuse: one of these, not negated, makes the message strongly negative. */
export const STRONG_WORDS = new Set([
  'worst', 'hate', 'hated', 'furious', 'livid', 'outraged', 'disgusting', 'disgrace', 'pathetic', 'scam',
  'scammers', 'thieves', 'liars', 'liar', 'incompetent', 'idiot', 'idiots', 'stupid', 'moron', 'morons',
  'nightmare', 'horrendous', 'appalling', 'ripoff', 'cheated', 'clowns',
]);

/** Profanity: abusive unless it intensifies a positive word right after it. */
export const PROFANITY = new Set([
  'fuck', 'fucking', 'fucked', 'fuckin', 'shit', 'shitty', 'bullshit', 'wtf', 'ffs', 'pissed', 'asshole',
  'assholes', 'bastards', 'bitch',
]);
/** Mild swearing: frustration, not abuse. */
export const MILD_PROFANITY = new Set(['damn', 'dammit', 'crap', 'crappy', 'bloody']);

export const INTENSIFIERS: Record<string, number> = {
  very: 1.3, really: 1.3, so: 1.3, extremely: 1.5, absolutely: 1.4, totally: 1.4, completely: 1.4,
  incredibly: 1.5, truly: 1.3, utterly: 1.5, highly: 1.3, too: 1.2, such: 1.2, super: 1.3, soo: 1.4,
  sooo: 1.5, most: 1.2, seriously: 1.3, fucking: 1.5, bloody: 1.4, damn: 1.3, quite: 1.1,
};
export const DIMINISHERS: Record<string, number> = {
  slightly: 0.6, somewhat: 0.6, bit: 0.6, little: 0.7, kinda: 0.6, fairly: 0.7, marginally: 0.5, partly: 0.6,
};

/** Multi-word expressions the word list cannot see (checked on the normalised text); `strong` = fed up. */
export const PHRASES: { re: RegExp; v: number; strong?: boolean }[] = [
  { re: /\bwell done\b/, v: 2 },
  { re: /\b(?:rip(?:ped)? off)\b/, v: -3, strong: true },
  { re: /\bfed up\b/, v: -2.5, strong: true },
  { re: /\bsick (?:and tired )?of\b/, v: -2.8, strong: true },
  { re: /\b(?:had|have had) enough\b|\benough is enough\b/, v: -2.5, strong: true },
  { re: /\bstill (?:waiting|not|no|nothing|havent|hasnt|dont|doesnt|didnt)\b/, v: -1.5 },
  { re: /\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)?) time (?:i|im|ive|that|now)\b/, v: -1.5 },
  { re: /\b(?:a|what a|such a|total|complete) joke\b/, v: -2.8, strong: true },
  { re: /\b(?:no one|noone)\b/, v: -1 },
  { re: /\bsupposed to\b/, v: -0.8 },
  { re: /\blet (?:me |us )?down\b/, v: -2 },
  { re: /\bno help\b/, v: -2 },
  { re: /\bkeeps? (?:crashing|failing|breaking|happening)\b/, v: -1 },
  { re: /\bnever (?:arrived|came|received|got|showed up|delivered|replied|answered|responded|heard back)\b/, v: -1.5 },
  { re: /\b(?:nobody|no one|noone) (?:replies|replied|answers|answered|responds|responded|helps|helped|called|cares|got back)\b/, v: -1.5 },
  { re: /\b(?:too long|taking forever|takes forever|took forever|for ages|still nothing)\b/, v: -1.5 },
];

/** Leaving or taking it further: angry enough that a person should look now. */
export const THREATS: RegExp[] = [
  /\b(?:take|taking|took|go|going|shop|shopping|spend|spending) (?:my )?(?:business |money )?elsewhere\b/,
  /\bnever (?:again|(?:order|buy|shop|use|come back|purchase|deal|recommend)\w*\b.{0,40}\bagain)\b/,
  /\b(?:lawyer|lawyers|attorney|solicitor|sue|suing|legal action|court|chargeback|ombudsman|trading standards|consumer protection|better business bureau|bbb)\b/,
  /\breport(?:ing)? (?:you|this|your (?:company|shop|store))\b/,
  /\b(?:bad|negative|terrible|1 star|one star) reviews?\b.{0,20}\b(?:everywhere|online|leave|write|post)\b|\b(?:leave|write|post|leaving|writing|posting) (?:a )?(?:bad|negative|terrible|1 star|one star) review\b/,
  /\bswitch(?:ing)? to (?:a |your )?(?:competitor|another (?:shop|store|company|provider)|a different (?:shop|store|company|provider))\b/,
];
/** Leaving, said while unhappy (alone it is just a request: "cancel my newsletter subscription"). */
export const LEAVING = /\b(?:cancel|close|delete|terminate) (?:my |the |our )?(?:account|subscription|membership|contract|everything)\b|\bcancel everything\b|\bim done\b|\bi am done\b/;

export const POSITIVE_EMOJI = /(?::-?\)|:-?D\b|;-?\)|<3|[\u{1F600}-\u{1F60D}\u{1F642}\u{1F917}\u{1F44D}\u{1F64F}\u{2764}\u{1F49A}\u{1F499}\u{2705}\u{1F389}\u{1F970}\u{1F929}])/gu;
export const NEGATIVE_EMOJI = /(?::-?\(|:'\(|[\u{1F641}\u{2639}\u{1F61E}\u{1F61F}\u{1F622}\u{1F62D}\u{1F44E}\u{1F612}\u{1F615}\u{1F629}\u{1F62B}])/gu;
export const ANGRY_EMOJI = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F595}]/gu;

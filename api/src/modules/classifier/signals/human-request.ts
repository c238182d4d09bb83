// "Does the customer ask for a person?" A person noun alone is not enough ("my travel agent",
// "human resources", "the delivery person"): it must sit in a request frame (talk to / transfer
// me to / get me / I want …), be the whole message ("agent please"), or the customer must refuse
// the bot ("stop the bot"). A request that is negated ("I don't need a human") does not count.
// Choice: a question ABOUT the bot ("are you a real person?", "is this answered by a human?") is
// not a request — the assistant answers it and can offer a person; hand-off on it would be noise.
import { matchesUnnegated, normalise } from './text.js';

const PERSON =
  '(?:human beings?|humans?|persons?|people|someone|somebody|anyone|anybody|agents?|representatives?|reps?|' +
  'operators?|staff(?: members?)?|members? of (?:staff|your team|the team)|employees?|managers?|supervisors?|' +
  'advisors?|advisers?|associates?|consultants?|team members?|' +
  'customer (?:service|support|care)(?: reps?| representatives?| agents?| team| people| staff)?|' +
  'support(?: team| staff| agents?| people)?|help ?desk|service desk)';
// Determiners and adjectives that may stand between the frame and the person ("one of your real agents").
const DET =
  // Each alternative is one unambiguous unit: overlapping ones ("a real" beside "a" and "real") would
  // let a crafted message ("a real a real a real …") backtrack exponentially.
  '(?:(?:a|an|the|your|some|any|another|one of your|one of the|real|actual|live|proper|' +
  'genuine|living|breathing|competent|qualified|different|other|senior|human)\\s+)*';
const ME = '(?:(?:me|us|this|it|my (?:call|chat|case|issue|question|conversation))\\s+)?';

// Compounds in which a person noun names something else; blanked out before matching.
const NOT_A_REQUEST_PERSON = new RegExp(
  '\\b(?:human (?:resources|error|rights|nature)|humanly|in person|' +
    '(?:travel|estate|insurance|shipping|customs|letting|booking|user|free|secret|double|sales|press|literary|talent|sports|border|real estate) agents?|' +
    '(?:account|password|package|project|product|store|shop|branch|property|office|area|regional|general|social media) managers?|' +
    '(?:tour|mobile|network|phone|telecom|machine|crane|website) operators?|' +
    '(?:delivery|contact|sales|postal|courier) (?:persons?|people|guy)|sales reps?(?:resentatives?)?)\\b',
  'g',
);
// Questions about the bot itself ("am I talking to a bot?", "are you a real person?").
const ABOUT_THE_BOT = new RegExp(
  '\\b(?:am|are|was|were|is|have|has)\\s+(?:i|we|you|u|this|it|that|these)\\s+(?:been\\s+)?' +
    '(?:(?:really|actually|currently|even|just|still|now)\\s+)?(?:(?:talking|speaking|chatting|texting|writing|communicating)\\s+(?:to|with)\\s+)?' +
    '(?:a\\s+|an\\s+)?(?:(?:real|actual|live)\\s+)?(?:human|person|bot|robot|machine|ai|agent|people|chatbot|computer)\\b',
  'g',
);

const BOT = '(?:bots?|robots?|chat ?bots?|machines?|ai|computers?|automated (?:system|assistant|answers|replies|responses)|virtual assistant)';

const ENGLISH_FRAMES = [
  // talk / speak / chat to someone
  `\\b(?:talk|speak|chat|talking|speaking|chatting|communicate|converse)\\s+(?:to|with)\\s+${DET}${PERSON}\\b`,
  // transfer me to / put me through to / hand me over to / escalate to
  `\\b(?:connect|transfer|put|pass|send|forward|route|redirect|switch|hand|patch)\\s+${ME}(?:(?:through|over|on)\\s+)?(?:to|with)\\s+${DET}${PERSON}\\b`,
  // be connected / transferred to an agent
  `\\b(?:be|get|being|getting)\\s+(?:connected|transferred|put through|passed|escalated|handed over|forwarded)\\s+(?:to|with)\\s+${DET}${PERSON}\\b`,
  // reach / get hold of a person
  `\\b(?:reach|get hold of|get ahold of|get through to)\\s+${DET}${PERSON}\\b`,
  // get a person on the line / put a human on
  `\\b(?:get|put)\\s+${DET}${PERSON}\\s+(?:on|in here|here)\\b`,
  // escalation always means a person looks at it
  `\\bescalat(?:e|ed|ing|ion)\\b`,
  // get me / give me a human
  `\\b(?:get|give|find|bring|fetch)\\s+me\\s+${DET}${PERSON}\\b`,
  // I want / need / would like a person
  `\\b(?:i|we|id|wed)\\s+(?:really\\s+)?(?:want|need|would like|like|wanna|demand|request|require|insist on|prefer|would prefer|would rather have)\\s+(?:to\\s+(?:have|get|see)\\s+)?${DET}${PERSON}\\b`,
  `\\b(?:help|assistance|support|an answer)\\s+from\\s+${DET}${PERSON}\\b`,
  // can I have / get / see a person
  `\\b(?:can|could|may)\\s+(?:i|we)\\s+(?:please\\s+)?(?:have|get|see)\\s+${DET}${PERSON}\\b`,
  // is there someone I can talk to / is anybody there
  `\\bis\\s+there\\s+${DET}(?:${PERSON}|one)\\s+(?:i|we)\\s+(?:can|could)\\s+(?:talk|speak|chat)\\b`,
  `\\b(?:anybody|anyone|somebody|someone)\\s+(?:there|here|home|alive)\\b`,
  // refusing the bot
  `\\b(?:stop|quit|end|enough|no more|hate|sick of|tired of|done with|bypass|skip|(?:dont|do not) want|(?:dont|do not) want to (?:talk|speak|chat) (?:to|with)|not (?:talking|speaking|chatting) (?:to|with))\\s+` +
    `(?:with\\s+)?(?:(?:the|this|a|an|your|these|all|talking to|chatting with|stupid|dumb|useless|automated|damn|fucking)\\s+)*${BOT}\\b`,
  // call me back
  `\\b(?:call|ring|phone)\\s+(?:me|us)\\b|\\bcall ?back\\b`,
].map((f) => new RegExp(f, 'g'));

// A few other languages (normalised: no accents, no apostrophes).
const OTHER_LANGUAGE_FRAMES = [
  // es: hablar con una persona / quiero un agente / persona real
  /\b(?:hablar|hable|comunicarme|comunicar|conversar|pasame|paseme|comunicame|comuniqueme)\s+(?:con\s+|a\s+)?(?:(?:un|una|el|la|algun|alguna)\s+)?(?:persona|humano|agente|operador|operadora|representante|asesor|asesora|encargado|encargada|gerente|supervisor|alguien)\b/g,
  /\b(?:quiero|necesito)\s+(?:un|una)\s+(?:persona|humano|agente|operador|representante|asesor)\b|\bpersona real\b|\b(?:agente|humano|operador)\s+por\s+favor\b/g,
  // fr: parler à un conseiller / je veux un humain / une vraie personne
  /\bparler\s+(?:a|avec)\s+(?:(?:un|une|le|la|l|vrai|vraie|veritable)\s+)*(?:humain|personne|conseiller|conseillere|agent|operateur|operatrice|responsable|quelquun|etre humain)\b/g,
  /\b(?:je veux|je voudrais|je souhaite|jaimerais|passez moi|mettez moi en relation avec)\s+(?:(?:un|une|le|la|vrai|vraie)\s+)*(?:humain|personne|conseiller|conseillere|agent|operateur|responsable)\b|\bune vraie personne\b|\bun vrai humain\b/g,
  // de: mit einem Mitarbeiter sprechen / echter Mensch
  /\b(?:mit|zu)\s+(?:(?:einem|einer|einen|dem|der|ihrem|ihrer|nem|echten|echtem|richtigen|realen|menschlichen)\s+)*(?:menschen|mensch|mitarbeiter|mitarbeiterin|berater|beraterin|agenten|person|kundenberater|sachbearbeiter|vorgesetzten|jemandem|kundendienst|kundenservice)\b.*\b(?:sprechen|reden|verbinden|chatten|weiterleiten|verbunden|durchstellen)\b/g,
  /\b(?:sprechen|reden|verbinden|chatten)\b.*\bmit\s+(?:(?:einem|einer|einen|dem|der|echten|richtigen)\s+)*(?:menschen|mensch|mitarbeiter|mitarbeiterin|berater|beraterin|jemandem)\b|\b(?:echter|echten|richtiger)\s+(?:mensch|menschen|mitarbeiter)\b|\bmitarbeiter\s+bitte\b/g,
  // nl: een medewerker spreken / met een echte mens praten
  /\b(?:met|naar)\s+(?:(?:een|de|het|echte|echt)\s+)*(?:mens|mensen|medewerker|medewerkster|persoon|iemand|klantenservice)\b.*\b(?:spreken|praten|chatten|doorverbinden|verbinden)\b/g,
  /\b(?:een\s+)?(?:echte\s+)?(?:medewerker|medewerkster|mens|persoon)\s+(?:spreken|alsjeblieft|aub|graag)\b|\b(?:verbind|verbindt)\s+(?:me|mij)\s+door\b/g,
];

// The whole message is a person noun plus filler: "agent please", "HUMAN!!!", "real person pls".
const PERSON_WORDS = new Set([
  'human', 'humans', 'person', 'agent', 'agents', 'operator', 'representative', 'rep', 'supervisor', 'manager',
  'someone', 'somebody', 'staff', 'employee', 'advisor', 'adviser', 'people',
]);
const FILLER = new Set([
  'please', 'pls', 'plz', 'now', 'asap', 'a', 'an', 'the', 'real', 'live', 'actual', 'just', 'ok', 'okay', 'hey',
  'hi', 'hello', 'yes', 'yeah', 'again', 'urgent', 'urgently', 'immediately', 'i', 'want', 'need', 'me', 'to',
  'with', 'talk', 'speak', 'chat', 'get', 'give', 'can', 'could', 'id', 'like', 'being', 'customer', 'service',
  'support', 'care', 'team', 'member', 'right', 'away', 'thanks', 'thank', 'you', 'stop', 'quick', 'quickly', 'sir',
]);
const MAX_STANDALONE_WORDS = 6;

function isOnlyAPersonNoun(s: string): boolean {
  const words = s.split(' ');
  if (words.length > MAX_STANDALONE_WORDS) return false;
  return words.some((w) => PERSON_WORDS.has(w)) && words.every((w) => PERSON_WORDS.has(w) || FILLER.has(w));
}

export function asksForHuman(text: string): boolean {
  const s = normalise(text).replace(NOT_A_REQUEST_PERSON, 'x').replace(ABOUT_THE_BOT, 'x');
  if (s === '' || s === 'x') return false;
  if (isOnlyAPersonNoun(s)) return true;
  return ENGLISH_FRAMES.some((re) => matchesUnnegated(s, re)) || OTHER_LANGUAGE_FRAMES.some((re) => matchesUnnegated(s, re));
}

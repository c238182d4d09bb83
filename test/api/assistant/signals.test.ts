// Offline conversation signals over hand-written fixtures (test/fixtures/assistant/signals/).
// Pure unit tests (no server, no database).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asksForHuman,
  isRepeat,
  needsAccountLookup,
  priorityFor,
  saysNotHelpful,
  sentimentOf,
  type Sentiment,
} from '../../../api/src/modules/classifier/signals.js';

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/assistant/signals', name), 'utf8')) as T;

interface Labelled {
  positive: string[];
  negative: string[];
}

/** Precision and recall of `detect` over a positive/negative fixture, plus what it got wrong. */
function score(detect: (t: string) => boolean, f: Labelled) {
  const missed = f.positive.filter((t) => !detect(t));
  const falseAlarms = f.negative.filter((t) => detect(t));
  const tp = f.positive.length - missed.length;
  return { precision: tp / (tp + falseAlarms.length), recall: tp / f.positive.length, missed, falseAlarms };
}

/** Mean microseconds per call over the texts, repeated. */
function microsPerCall(fn: (t: string) => unknown, texts: string[], rounds = 50): number {
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  return ((performance.now() - started) * 1000) / (rounds * texts.length);
}

describe('asksForHuman', () => {
  const f = fixture<Labelled>('asks-for-human.json');

  it('has a fixture of at least 40 requests and 40 look-alikes', () => {
    expect(f.positive.length).toBeGreaterThanOrEqual(40);
    expect(f.negative.length).toBeGreaterThanOrEqual(40);
  });

  it('finds requests for a person in any wording (recall ≥ 0.95) without false alarms (precision ≥ 0.95)', () => {
    const s = score(asksForHuman, f);
    expect(s.recall, `missed: ${s.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, `false alarms: ${s.falseAlarms.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('treats a question about the bot as no request, and a negated request as none', () => {
    expect(asksForHuman('are you a human?')).toBe(false);
    expect(asksForHuman('am I chatting with a bot')).toBe(false);
    expect(asksForHuman("I don't need to talk to a person")).toBe(false);
    expect(asksForHuman('talk to a person')).toBe(true);
    expect(asksForHuman('')).toBe(false);
  });
});

describe('sentimentOf', () => {
  const examples = fixture<{ examples: { text: string; label: Sentiment['label']; strong?: boolean }[] }>('sentiment.json').examples;

  it('labels the fixture (≥ 40 lines) at ≥ 0.9 accuracy and finds the strongly negative ones', () => {
    expect(examples.length).toBeGreaterThanOrEqual(40);
    const results = examples.map((e) => ({ e, r: sentimentOf(e.text) }));
    const wrong = results.filter(({ e, r }) => r.label !== e.label);
    expect(1 - wrong.length / examples.length, wrong.map(({ e, r }) => `${e.text} -> ${r.label}`).join(' | ')).toBeGreaterThanOrEqual(0.9);
    const strong = results.filter(({ e }) => e.strong);
    const flagged = results.filter(({ r }) => r.strongNegative);
    const hits = flagged.filter(({ e }) => e.strong).length;
    expect(hits / strong.length, 'strongNegative recall').toBeGreaterThanOrEqual(0.9);
    expect(hits / flagged.length, 'strongNegative precision').toBeGreaterThanOrEqual(0.9);
    for (const { r } of results) {
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
      if (r.strongNegative) expect(r.label).toBe('NEGATIVE');
    }
  });

  it('handles negation, intensifiers, ALL CAPS, exclamation marks and profanity', () => {
    expect(sentimentOf('I am happy with it').label).toBe('POSITIVE');
    expect(sentimentOf('I am not happy with it').label).toBe('NEGATIVE');
    expect(sentimentOf('not bad at all').label).toBe('POSITIVE');
    const plain = sentimentOf('the delivery was bad').score;
    expect(sentimentOf('the delivery was very bad').score).toBeLessThan(plain);
    expect(sentimentOf('the delivery was BAD').score).toBeLessThan(plain);
    expect(sentimentOf('the delivery was bad!!!').score).toBeLessThan(plain);
    expect(sentimentOf('the delivery was bad').strongNegative).toBe(false);
    expect(sentimentOf('fucking idiots').strongNegative).toBe(true);
    expect(sentimentOf('fucking brilliant').label).toBe('POSITIVE');
    expect(sentimentOf('I will take my business elsewhere').strongNegative).toBe(true);
    expect(sentimentOf('please cancel my account').strongNegative).toBe(false);
    expect(sentimentOf('')).toEqual({ score: 0, label: 'NEUTRAL', strongNegative: false });
  });

  it('costs well under 0.2 ms per message', () => {
    expect(microsPerCall(sentimentOf, examples.map((e) => e.text))).toBeLessThan(200);
  });
});

describe('saysNotHelpful', () => {
  const f = fixture<Labelled>('not-helpful.json');

  it('hears "that did not help" without mistaking product trouble for it', () => {
    const s = score(saysNotHelpful, f);
    expect(s.recall, `missed: ${s.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, `false alarms: ${s.falseAlarms.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
    expect(saysNotHelpful("that didn't help")).toBe(true);
    expect(saysNotHelpful("my card doesn't work")).toBe(false);
  });
});

describe('needsAccountLookup', () => {
  const f = fixture<Labelled>('account-lookup.json');

  it('hears "look at MY account/order/payment" without taking how-to questions that say "my" for it', () => {
    const s = score(needsAccountLookup, f);
    expect(s.recall, `missed: ${s.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, `false alarms: ${s.falseAlarms.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
    expect(needsAccountLookup('Why was my card payment declined yesterday?')).toBe(true);
    expect(needsAccountLookup('Why is my card not working abroad?')).toBe(false);
  });

  it('costs well under 0.2 ms per message, also on a long one', () => {
    expect(microsPerCall(needsAccountLookup, [...f.positive, ...f.negative])).toBeLessThan(200);
    expect(microsPerCall(needsAccountLookup, ['can you check ' + 'my very long story '.repeat(300)], 5)).toBeLessThan(5000);
  });
});

describe('isRepeat', () => {
  it('spots the same question asked again, in other words or inside a longer message', () => {
    expect(isRepeat('where is my order', "I ASKED: where's my order??")).toBe(true);
    expect(isRepeat('How do I reset my password?', 'how can I reset my password')).toBe(true);
    expect(isRepeat('how do I reset my password', 'I already asked how to reset my password')).toBe(true);
    expect(isRepeat('I want a refund for order 123', 'refund for order 123 please')).toBe(true);
    expect(isRepeat('refund?', 'refund!!')).toBe(true);
  });

  it('does not match different questions or empty small talk', () => {
    expect(isRepeat('where is my order', 'cancel my order')).toBe(false);
    expect(isRepeat('my parcel is late', 'my parcel is damaged')).toBe(false);
    expect(isRepeat('do you ship to Norway', 'what payment methods do you accept')).toBe(false);
    expect(isRepeat('where is my order', 'order')).toBe(false);
    expect(isRepeat('ok', 'ok')).toBe(false);
    expect(isRepeat('thanks!', 'thanks')).toBe(false);
  });
});

describe('priorityFor', () => {
  const neutral = sentimentOf('where is my order');
  const negative = sentimentOf('I am not happy, the parcel arrived damaged');
  const angry = sentimentOf('This is a scam, you useless idiots');

  it('starts from the sentiment', () => {
    expect(neutral.label).toBe('NEUTRAL');
    expect(negative).toMatchObject({ label: 'NEGATIVE', strongNegative: false });
    expect(angry.strongNegative).toBe(true);
  });

  it('follows the documented rules', () => {
    // information requests wait
    expect(priorityFor({ intent: 'delivery_options', category: 'DELIVERY', sentiment: neutral })).toBe('LOW');
    expect(priorityFor({ sentiment: neutral })).toBe('LOW');
    // stuck, time-sensitive or money: ahead of questions
    expect(priorityFor({ intent: 'registration_problems', category: 'ACCOUNT', sentiment: neutral })).toBe('MEDIUM');
    expect(priorityFor({ intent: 'cancel_order', category: 'ORDER', sentiment: neutral })).toBe('MEDIUM');
    expect(priorityFor({ intent: 'payment_issue', category: 'PAYMENT', sentiment: neutral })).toBe('MEDIUM');
    expect(priorityFor({ intent: 'delivery_options', sentiment: neutral, vip: true })).toBe('MEDIUM');
    expect(priorityFor({ intent: 'delivery_options', sentiment: negative })).toBe('MEDIUM');
    // unhappy about money, or an unhappy VIP
    expect(priorityFor({ intent: 'payment_issue', category: 'PAYMENT', sentiment: negative })).toBe('HIGH');
    expect(priorityFor({ intent: 'complaint', category: 'FEEDBACK', sentiment: negative })).toBe('HIGH');
    expect(priorityFor({ intent: 'delivery_period', sentiment: negative, vip: true })).toBe('HIGH');
    // anger
    expect(priorityFor({ intent: 'track_order', category: 'ORDER', sentiment: angry })).toBe('HIGH');
    expect(priorityFor({ intent: 'payment_issue', category: 'PAYMENT', sentiment: angry })).toBe('URGENT');
    expect(priorityFor({ intent: 'complaint', sentiment: angry })).toBe('URGENT');
    expect(priorityFor({ intent: 'track_order', sentiment: angry, vip: true })).toBe('URGENT');
    // security, by the tenant's own label names
    expect(priorityFor({ intent: 'account_hacked', category: 'SECURITY', sentiment: neutral })).toBe('URGENT');
    expect(priorityFor({ intent: 'card_fraud', sentiment: neutral })).toBe('URGENT');
  });
});

describe('cost', () => {
  it('each signal takes well under 0.2 ms per message', () => {
    const texts = fixture<Labelled>('asks-for-human.json').positive.concat(fixture<Labelled>('not-helpful.json').negative);
    expect(microsPerCall(asksForHuman, texts)).toBeLessThan(200);
    expect(microsPerCall(saysNotHelpful, texts)).toBeLessThan(200);
    expect(microsPerCall((t) => isRepeat(t, 'where is my order please'), texts)).toBeLessThan(200);
  });
});

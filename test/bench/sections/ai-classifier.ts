// Section `ai-classifier`: the offline assistant's local models, in this process (no server).
// The intent classifier trained on the Bitext sample (stratified 20% held out, seed 1): accuracy,
// macro-F1, training time (what the demo seed pays at first start), predict cost, stored size,
// and accuracy on wordings written outside Bitext. The conversation signals over their fixtures:
// asksForHuman / saysNotHelpful precision and recall, sentiment accuracy, cost per message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Row, Section } from '../lib/types.js';
import { waitForQuiet } from '../lib/load.js';
import { loadBitext, predict, serializeModel, trainClassifier } from '../../../api/src/modules/classifier/model/index.js';
import { asksForHuman, isRepeat, saysNotHelpful, sentimentOf } from '../../../api/src/modules/classifier/signals.js';

const BITEXT = 'api/src/boot/seed/data/bitext-customer-support-8k.csv';
const FIXTURES = 'test/fixtures/assistant/signals';

interface Labelled {
  positive: string[];
  negative: string[];
}

function precisionRecall(detect: (t: string) => boolean, f: Labelled) {
  const tp = f.positive.filter(detect).length;
  const fp = f.negative.filter(detect).length;
  return { precision: tp / (tp + fp), recall: tp / f.positive.length, note: `${f.positive.length} positive, ${f.negative.length} negative cases; ${f.positive.length - tp} missed, ${fp} false` };
}

/** Mean µs per call after a warm-up round. */
function micros(fn: (t: string) => unknown, texts: string[], rounds: number): number {
  for (const t of texts) fn(t);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  return ((performance.now() - started) * 1000) / (rounds * texts.length);
}

export const aiClassifier: Section = {
  name: 'ai-classifier',
  description: 'offline intent classifier on Bitext (accuracy, macro-F1, train time, predict µs, model size) and the conversation signals on their fixtures',
  async run(ctx) {
    const fixture = <T>(name: string) => JSON.parse(readFileSync(path.join(ctx.root, FIXTURES, name), 'utf8')) as T;
    await waitForQuiet(ctx.log);

    const examples = loadBitext(path.join(ctx.root, BITEXT));
    // Cold: the first training in this process, as the demo seed trains at first start.
    const { model, metrics, trainMs } = trainClassifier(examples, { seed: 1 });
    ctx.log(`trained on ${metrics.trainedOn} examples in ${trainMs.toFixed(0)} ms; accuracy ${metrics.accuracy.toFixed(4)}, macro-F1 ${metrics.macroF1.toFixed(4)}`);
    const warm = trainClassifier(examples, { seed: 1 }).trainMs;
    const texts = examples.map((e) => e.text);
    const predictMicros = micros((t) => predict(model, t), texts, 3);
    const storedKb = Buffer.byteLength(JSON.stringify(serializeModel(model))) / 1024;
    const own = fixture<{ examples: { text: string; intent: string }[] }>('intent-wordings.json').examples;
    const ownRight = own.filter((e) => predict(model, e.text).intent === e.intent).length;
    const worst = [...metrics.perLabel].sort((a, b) => a.f1 - b.f1)[0];
    const mistakes = metrics.mistakes.slice(0, 3).map((m) => `${m.actual}→${m.predicted} ×${m.count}`).join(', ');

    const human = precisionRecall(asksForHuman, fixture<Labelled>('asks-for-human.json'));
    const notHelpful = precisionRecall(saysNotHelpful, fixture<Labelled>('not-helpful.json'));
    const sentiment = fixture<{ examples: { text: string; label: string; strong?: boolean }[] }>('sentiment.json').examples;
    const sentimentRight = sentiment.filter((e) => sentimentOf(e.text).label === e.label).length;
    const strong = precisionRecall((t) => sentimentOf(t).strongNegative, {
      positive: sentiment.filter((e) => e.strong).map((e) => e.text),
      negative: sentiment.filter((e) => !e.strong).map((e) => e.text),
    });
    const messages = [...sentiment.map((e) => e.text), ...fixture<Labelled>('asks-for-human.json').positive];
    const signalMicros = micros((t) => {
      sentimentOf(t);
      asksForHuman(t);
      saysNotHelpful(t);
      isRepeat('where is my order please', t);
    }, messages, 20);

    const rows: Row[] = [
      { figure: 'classifier: Bitext held-out accuracy', value: metrics.accuracy, decimals: 4, goal: { op: '>=', target: 0.9 }, note: `${metrics.heldOut} of ${metrics.trainedOn} held out (stratified, seed 1), ${metrics.labels} intents; top mistakes: ${mistakes || 'none'}` },
      { figure: 'classifier: Bitext held-out macro-F1', value: metrics.macroF1, decimals: 4, goal: { op: '>=', target: 0.85 }, note: `lowest: ${worst.label} ${worst.f1.toFixed(3)}` },
      { figure: 'classifier: train (80% for metrics + 100%), cold', value: trainMs, unit: 'ms', goal: { op: '<=', target: 6000 }, note: `warm ${warm.toFixed(0)} ms; one thread` },
      { figure: 'classifier: predict per text', value: predictMicros, unit: 'µs', goal: { op: '<=', target: 500 }, note: `mean over ${texts.length} texts` },
      { figure: 'classifier: stored model (JSON)', value: storedKb, unit: 'KB', goal: { op: '<=', target: 3072 }, note: `${model.vocabulary.terms.length} features × ${model.labels.length} intents` },
      { figure: 'classifier: own wordings (not in Bitext) accuracy', value: ownRight / own.length, decimals: 3, note: `${ownRight}/${own.length}` },
      { figure: 'asksForHuman precision', value: human.precision, decimals: 3, goal: { op: '>=', target: 0.95 }, note: human.note },
      { figure: 'asksForHuman recall', value: human.recall, decimals: 3, goal: { op: '>=', target: 0.95 } },
      { figure: 'saysNotHelpful precision / recall', value: `${notHelpful.precision.toFixed(3)} / ${notHelpful.recall.toFixed(3)}`, ok: notHelpful.precision >= 0.95 && notHelpful.recall >= 0.95, note: notHelpful.note },
      { figure: 'sentiment label accuracy', value: sentimentRight / sentiment.length, decimals: 3, goal: { op: '>=', target: 0.9 }, note: `${sentimentRight}/${sentiment.length} labelled lines` },
      { figure: 'sentiment strongNegative precision / recall', value: `${strong.precision.toFixed(3)} / ${strong.recall.toFixed(3)}`, ok: strong.precision >= 0.9 && strong.recall >= 0.9, note: strong.note },
      { figure: 'signals: all four per message', value: signalMicros, unit: 'µs', goal: { op: '<=', target: 200 }, note: 'sentimentOf + asksForHuman + saysNotHelpful + isRepeat' },
    ];
    return rows;
  },
};

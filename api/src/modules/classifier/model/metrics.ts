// Held-out evaluation: a stratified split so every intent is scored (a plain random 20% can miss
// a small intent entirely), and macro-F1 beside accuracy so a neglected small intent shows.
import { createRng, shuffleInPlace } from './linear-model.js';
import type { Confusion, LabelF1 } from './types.js';

/**
 * Per label, `round(n × heldOutFraction)` examples go to the test side, at least 1 and never so
 * many that fewer than 2 stay for training. Labels with fewer than 3 examples stay whole in train.
 */
export function stratifiedSplit(
  labels: ArrayLike<string>,
  heldOutFraction: number,
  seed: number,
): { train: number[]; test: number[] } {
  const byLabel = new Map<string, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    const list = byLabel.get(l);
    if (list) list.push(i);
    else byLabel.set(l, [i]);
  }
  const rng = createRng(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const l of [...byLabel.keys()].sort()) {
    const idx = byLabel.get(l)!;
    shuffleInPlace(idx, rng);
    const n = idx.length;
    const held = n < 3 ? 0 : Math.min(n - 2, Math.max(1, Math.round(n * heldOutFraction)));
    test.push(...idx.slice(0, held));
    train.push(...idx.slice(held));
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

export interface Evaluation {
  accuracy: number;
  macroF1: number;
  perLabel: LabelF1[];
  mistakes: Confusion[];
}

/** Accuracy, per-label F1 and macro-F1 (mean over labels that occur in `actual` or `predicted`). */
export function evaluate(actual: string[], predicted: string[], maxMistakes = 10): Evaluation {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const confusions = new Map<string, Confusion>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let correct = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const p = predicted[i];
    if (a === p) {
      correct++;
      inc(tp, a);
    } else {
      inc(fn, a);
      inc(fp, p);
      const key = a + '\u0000' + p;
      const c = confusions.get(key) ?? { actual: a, predicted: p, count: 0 };
      c.count++;
      confusions.set(key, c);
    }
  }
  const labels = [...new Set([...actual, ...predicted])].sort();
  const perLabel = labels.map((label) => {
    const t = tp.get(label) ?? 0;
    const denom = 2 * t + (fp.get(label) ?? 0) + (fn.get(label) ?? 0);
    return { label, f1: denom === 0 ? 0 : (2 * t) / denom, support: t + (fn.get(label) ?? 0) };
  });
  const macroF1 = perLabel.length === 0 ? 0 : perLabel.reduce((s, l) => s + l.f1, 0) / perLabel.length;
  const mistakes = [...confusions.values()]
    .sort((x, y) => y.count - x.count || x.actual.localeCompare(y.actual) || x.predicted.localeCompare(y.predicted))
    .slice(0, maxMistakes);
  return { accuracy: actual.length === 0 ? 0 : correct / actual.length, macroF1, perLabel, mistakes };
}

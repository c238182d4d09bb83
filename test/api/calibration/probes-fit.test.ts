// The pure parts of the calibration: probes are deterministic and come from the tenant's own
// knowledge; the fit meets the target with the fewest answerable probes handed off.
import { describe, expect, it } from 'vitest';
import { buildProbes, knowledgeVersion, rewordings } from '../../../api/src/modules/calibration/probes.js';
import { fitModel, fitThreshold, pointAt } from '../../../api/src/modules/calibration/fit.js';
import { neighbourFeatures } from '../../../api/src/modules/knowledge/handoff-model.js';
import { probeBanks } from '../../../api/src/modules/calibration/calibration.service.js';

const DOCS = [
  { id: 'b', kind: 'FAQ' as const, title: 'Do you offer gift wrapping?', body: 'Yes, for EUR 3 per item.' },
  { id: 'a', kind: 'ARTICLE' as const, title: 'Returns and refunds policy', body: 'Intro text here.\n\n## Return window\n\nYou can return unworn shoes within 30 days of delivery for a full refund.\n\n## Refund timing\n\nRefunds reach your account within 5 business days after we receive the parcel.' },
];

describe('calibration probes', () => {
  it('are the same whatever the order of documents, and cover FAQ, rewordings, titles, headings, sentences and the banks', () => {
    const banks = probeBanks();
    const one = buildProbes(DOCS, banks, []);
    const two = buildProbes([...DOCS].reverse(), banks, []);
    expect(two).toEqual(one);
    const sources = new Set(one.map((p) => p.source));
    for (const s of ['FAQ_QUESTION', 'FAQ_REWORDING', 'TITLE', 'HEADING', 'SENTENCE', 'EVERYDAY_REQUEST', 'OTHER_DOMAIN']) expect(sources).toContain(s);
    expect(one.find((p) => p.source === 'HEADING' && /return window/i.test(p.question))?.documentId).toBe('a');
    // Another business's refund question names a topic of this knowledge base: not an unanswerable probe here.
    expect(one.filter((p) => p.source === 'OTHER_DOMAIN').some((p) => /refund/i.test(p.question))).toBe(false);
    expect(rewordings('How long does it take to get a refund?')).toEqual(['how many days until to get a money back?', 'long take refund?']);
  });

  it('take the team\'s labels, a label winning over a generated probe of the same text', () => {
    const probes = buildProbes(DOCS, probeBanks(), [{ question: 'Do you offer gift wrapping?', kind: 'UNANSWERABLE', documentId: null }]);
    const same = probes.filter((p) => p.question === 'Do you offer gift wrapping?');
    expect(same).toEqual([{ question: 'Do you offer gift wrapping?', kind: 'UNANSWERABLE', source: 'LABELLED_EXAMPLE', documentId: null, documentTitle: null }]);
  });

  it('version the knowledge by ids and content versions, not by order', () => {
    expect(knowledgeVersion([{ id: 'a', version: 1 }, { id: 'b', version: 2 }])).toBe(knowledgeVersion([{ id: 'b', version: 2 }, { id: 'a', version: 1 }]));
    expect(knowledgeVersion([{ id: 'a', version: 1 }])).not.toBe(knowledgeVersion([{ id: 'a', version: 2 }]));
  });
});

describe('calibration fit', () => {
  const probes = [
    ...[0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.8].map((score) => ({ kind: 'UNANSWERABLE' as const, score })),
    ...[0.5, 0.7, 0.75, 0.9, 0.95].map((score) => ({ kind: 'ANSWERABLE' as const, score })),
  ];

  it('takes the smallest threshold that hands off the target share of unanswerable probes', () => {
    const fit = fitThreshold(probes, 0.9);
    // 9 of 10 unanswerable must go: the 9th lowest is 0.6, the next score of any probe 0.7.
    expect(fit.threshold).toBeCloseTo(0.65, 10);
    expect(fit.point).toEqual({ threshold: fit.threshold, answerableHandedOff: 0.2, unanswerableAnswered: 0.1 });
    expect(pointAt(probes, fit.threshold - 0.06).unanswerableAnswered).toBeGreaterThan(0.1);
    expect(fit.curve).toContainEqual(fit.point);
    expect(fitThreshold([...probes].reverse(), 0.9)).toEqual(fit);
  });

  it('a lower target hands off fewer answerable probes', () => {
    expect(fitThreshold(probes, 0.5).point.answerableHandedOff).toBe(0);
  });

  it('of the thresholds handing off as few answerable probes, takes the one handing off the most unanswerable ones', () => {
    // Target 0.5 is met from 0.41 on; the first answerable score is 0.5, so everything below it may
    // go as well: 0.45 is handed off too, the threshold sits halfway between 0.45 and 0.5.
    const fit = fitThreshold(probes, 0.5);
    expect(fit.threshold).toBeCloseTo(0.475, 10);
    expect(fit.point).toEqual({ threshold: fit.threshold, answerableHandedOff: 0, unanswerableAnswered: 0.4 });
    // A wide gap with nothing answerable in it: the threshold climbs to just below the first answerable score.
    const gap = [...[0.1, 0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.62].map((score) => ({ kind: 'UNANSWERABLE' as const, score })), ...[0.8, 0.9].map((score) => ({ kind: 'ANSWERABLE' as const, score }))];
    const wide = fitThreshold(gap, 0.5);
    expect(wide.threshold).toBeCloseTo(0.71, 10);
    expect(wide.point).toEqual({ threshold: wide.threshold, answerableHandedOff: 0, unanswerableAnswered: 0 });
    // No answerable probe above the target's cut: nothing to keep answered, the smallest threshold stays.
    const none = fitThreshold([{ kind: 'UNANSWERABLE', score: 0.5 }, { kind: 'UNANSWERABLE', score: 0.7 }, { kind: 'ANSWERABLE', score: 0.2 }], 0.5);
    expect(none.threshold).toBeCloseTo(0.6, 10);
  });

  it('the hand-off model: a probe is not its own neighbour; near an unanswerable probe scores lower at the same evidence; deterministic', () => {
    // Unit vectors in 2-D: answerable ones point along x, unanswerable ones along y.
    const at = (deg: number) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
    const answerable = [0, 5, 10, 15, 20, 25];
    const unanswerable = [70, 75, 80, 85, 90, 60];
    const vectors = new Float32Array([...answerable, ...unanswerable].flatMap(at));
    const neighbours = { vectors, dimensions: 2, answerable: answerable.length };
    // Leave-one-out: the probe at 0° finds its neighbour at 5°, not itself.
    expect(neighbourFeatures(at(0), neighbours, 0).nearestAnswerable).toBeCloseTo(Math.cos((5 * Math.PI) / 180), 6);
    expect(neighbourFeatures(at(0), neighbours).nearestAnswerable).toBeCloseTo(1, 6);
    // The same evidence for every probe: only the neighbours can tell them apart.
    const probes = [...answerable.map(() => 'ANSWERABLE' as const), ...unanswerable.map(() => 'UNANSWERABLE' as const)].map((kind, i) => ({ kind, evidence: 0.5, self: i }));
    const fit = fitModel(probes, neighbours, 0.9);
    expect(fit.point).toMatchObject({ answerableHandedOff: 0, unanswerableAnswered: 0 });
    expect(fit.weights[1]).toBeLessThan(0); // nearer an unanswerable neighbour: lower score
    expect(fit.weights[2]).toBeGreaterThan(0);
    expect(fitModel(probes, neighbours, 0.9)).toEqual(fit);
  });
});

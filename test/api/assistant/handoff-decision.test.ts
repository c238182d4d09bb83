// The one hand-off rule (handOffDecision) that the online turn, the offline turn and the
// "try a question" panel share: the same evidence and threshold give the same verdict everywhere.
import { describe, expect, it } from 'vitest';
import { combinedConfidence, handOffDecision } from '../../../api/src/modules/knowledge/answer-confidence.js';

const model = (over: Partial<{ answeredFromSources: boolean; needsHuman: boolean; confidence: number }> = {}) => ({ answeredFromSources: true, needsHuman: false, confidence: 0.9, ...over });

describe('handOffDecision', () => {
  it('without an answer judges the retrieval evidence against the tenant threshold (offline gate, searchKnowledge)', () => {
    expect(handOffDecision(0.69, null, 0.7)).toEqual({ confidence: 0.69, handOff: { reason: 'LOW_CONFIDENCE', detail: 'retrieval evidence 0.69' } });
    expect(handOffDecision(0.7, null, 0.7)).toEqual({ confidence: 0.7, handOff: null });
    // The threshold is the tenant's, not a constant.
    expect(handOffDecision(0.75, null, 0.8).handOff?.reason).toBe('LOW_CONFIDENCE');
    expect(handOffDecision(0.5, null, 0.4).handOff).toBeNull();
  });

  it('hands off when the model asks for a human, whatever the confidence', () => {
    expect(handOffDecision(0.99, { model: model({ needsHuman: true }), hasText: true, citedCount: 2 }, 0.1).handOff).toEqual({ reason: 'MODEL_ASKED', detail: 'the model asked for a human' });
  });

  it('hands off an answer that cites no source, or has no text', () => {
    expect(handOffDecision(0.9, { model: model(), hasText: true, citedCount: 0 }, 0.5).handOff).toEqual({ reason: 'LOW_CONFIDENCE', detail: 'the answer cited no source' });
    const c = combinedConfidence(0.9, model());
    expect(handOffDecision(0.9, { model: model(), hasText: false, citedCount: 1 }, 0.5).handOff).toEqual({ reason: 'LOW_CONFIDENCE', detail: `confidence ${c.toFixed(2)}` });
  });

  it('combines retrieval with the model judgement online, and uses retrieval alone offline', () => {
    const online = handOffDecision(0.6, { model: model({ confidence: 0.95 }), hasText: true, citedCount: 1 }, 0.7);
    expect(online.confidence).toBeCloseTo(0.4 * 0.6 + 0.6 * 0.95);
    expect(online.handOff).toBeNull();
    const notFromSources = handOffDecision(0.9, { model: model({ answeredFromSources: false }), hasText: true, citedCount: 1 }, 0.7);
    expect(notFromSources.handOff).toEqual({ reason: 'LOW_CONFIDENCE', detail: `confidence ${(0.25 * 0.9).toFixed(2)}` });
    expect(handOffDecision(0.8, { model: null, hasText: true, citedCount: 1 }, 0.7)).toEqual({ confidence: 0.8, handOff: null });
  });
});

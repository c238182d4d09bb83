// Every prompt file renders with the values the code passes, and a missing value is an error,
// never a silent blank in what the model reads.
import { describe, expect, it } from 'vitest';
import { PROMPTS, placeholders, render, sections, type PromptName } from '../../../api/src/modules/assistant/prompts.js';
import { handoffMessage, type HandoffReason } from '../../../api/src/modules/assistant/handoff.js';

const values: Record<string, string | number> = {
  assistantName: 'Trail', companyName: 'Northwind Outfitters', persona: 'Friendly and brief.', maxSentences: 5,
  assessmentTool: 'submit_assessment', sources: '[1] Returns\nThirty days.', classifyTool: 'classify_conversation',
  categories: 'ORDER, REFUND, OTHER', extract: 'Thirty days.', citedTitles: '"Returns" [1]',
};

describe('prompts', () => {
  for (const name of Object.keys(PROMPTS) as PromptName[]) {
    it(`${PROMPTS[name]} renders with every placeholder filled`, () => {
      const text = render(name, values);
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/\{\{\w+\}\}/);
      for (const key of placeholders(name)) expect(text).toContain(String(values[key]));
    });
  }

  it('refuses to render with a value missing', () => {
    expect(() => render('answer', { assistantName: 'Trail' })).toThrow(/no value for \{\{companyName\}\}/);
  });

  it('the answer prompt carries the guardrails and the numbered sources', () => {
    const text = render('answer', values);
    expect(text).toMatch(/ONLY the numbered sources/);
    expect(text).toMatch(/Never invent policies, prices/);
    expect(text).toContain('[1] Returns');
  });

  it('has a hand-off message for every reason', () => {
    const reasons: HandoffReason[] = ['FAILURE', 'LOW_CONFIDENCE', 'CUSTOMER_ASKED', 'NEGATIVE_SENTIMENT', 'ACCOUNT_LOOKUP', 'UNHELPFUL', 'MODEL_ASKED'];
    expect(Object.keys(sections('handoffMessages')).sort()).toEqual([...reasons].sort());
    for (const r of reasons) expect(handoffMessage(r)).toMatch(/colleague|team/);
  });
});

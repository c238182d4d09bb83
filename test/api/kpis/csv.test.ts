// The CSV writer of exportReport: RFC 4180 quoting, numbers as JSON writes them, no formulas.
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../../api/src/modules/kpis/kpis.export.js';
import { parseCsv } from './fixtures.js';

describe('csv', () => {
  it('quotes commas, quotes and line breaks; writes numbers like JSON; empties for null', () => {
    expect(csvField('Ada, "the" agent')).toBe('"Ada, ""the"" agent"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(0.1 + 0.2)).toBe(String(0.1 + 0.2));
    expect(csvField(null)).toBe('');
    expect(csvField(new Date('2026-11-02T09:00:00Z'))).toBe('2026-11-02T09:00:00.000Z');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    for (const s of ['=SUM(A1:A9)', '+1', '-2+3', '@cmd', '\tx']) expect(csvField(s).replace(/^"|"$/g, '')).toMatch(/^'/);
    expect(csvField(-2)).toBe('-2');
  });

  it('round-trips through a CSV reader', () => {
    const text = csvText(['a', 'b'], [['x, y', 1.5], [null, -3]]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['a', 'b'], ['x, y', '1.5'], ['', '-3']]);
  });
});

// The embeddable widget bundle (web/widget -> widget.js): one self-contained IIFE within its
// size budget. Built here with the real Vite config (into a temporary folder).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWidget } from '../e2e/helpers/build-widget.js';

const BUDGET_GZIP_BYTES = 60 * 1024;

let code: string;

beforeAll(() => {
  code = readFileSync(buildWidget(), 'utf8');
});

describe('widget bundle', () => {
  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    const raw = Buffer.byteLength(code);
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(`widget.js: ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_GZIP_BYTES / 1024} KB)`);
    expect(gzipped, `widget.js is ${gzipped} bytes gzipped, over the ${BUDGET_GZIP_BYTES}-byte budget`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('is one classic script: an IIFE with no imports, no Vue, no graphql-js', () => {
    expect(code).toMatch(/^(var SwitchboardWidget\s*=\s*)?\(?function\s*\(/);
    expect(code).not.toMatch(/^\s*import\s|\bimport\(|^\s*export\s/m);
    expect(code).not.toContain('__VUE');
    expect(code).not.toContain('GraphQLSchema');
    expect(code).not.toContain('process.env');
    // Only the widget's own documents (web/widget/documents.ts), not the web app's lookup table.
    expect(code).toContain('SubmitCsat');
    expect(code).not.toContain('ConsoleConversation');
    expect(code).not.toContain('WidgetSettingsUpdate');
  });
});

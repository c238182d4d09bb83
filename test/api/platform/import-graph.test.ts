// The house rules of api/src's imports (docs/architecture.md, "Layers"), read from the source
// itself: every `import … from '…'`, `export … from '…'` and `import('…')` with a relative path,
// type-only imports included (a type import is still a dependency a reader has to follow).
//
// 1. No import circle runs through services.ts.
// 2. No module imports another module's resolver (or its index.ts, which carries its resolvers).
// 3. modules/ imports nothing from boot/ (ORM registry, migrations, seed).
// 4. The platform layers (auth/, permissions/, db/, events/, jobs/, graphql/, http/, …) import
//    nothing from modules/: they sit below every module.
// 5. No circle between module folders. Edges INTO a module's data shapes (`*.entity.ts`,
//    `*.entities.ts`, `*.type.ts`, `*.types.ts`, `*.inputs.ts`) are left out of this rule: those
//    mirror relations between tables (a Conversation has a Queue, a Queue has Users) and the
//    GraphQL types that expose them, which run both ways by nature. Services, reads and
//    resolvers must still depend one way only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, ROOT, sourceFiles, SRC, violations } from '../../helpers/import-graph.js';

describe('the import graph of api/src', () => {
  const files = sourceFiles(SRC);
  const graph = importGraph(files, (f) => readFileSync(path.join(ROOT, f), 'utf8'));

  it('reads the imports (a sanity check of the parser)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(`${SRC}/app.ts`)).toContain(`${SRC}/modules/index.ts`);
    expect(graph.get(`${SRC}/context.ts`)).toContain(`${SRC}/services.ts`); // a type-only import
  });

  it('keeps the house rules: no circle through services.ts, no cross-module resolver import, no modules -> boot, no platform -> modules, no circle between modules', () => {
    expect(violations(graph)).toEqual([]);
  });

  it('catches each kind of violation (the rules can fail)', () => {
    const extra = (from: string, spec: string) => {
      const probe = importGraph(files, (f) => readFileSync(path.join(ROOT, f), 'utf8') + (f === from ? `\nimport type { X } from '${spec}';\n` : ''));
      return violations(probe);
    };
    expect(extra(`${SRC}/services.ts`, './modules/assistant/assistant.service.js')).toEqual(expect.arrayContaining([expect.stringMatching(/^circle through services\.ts/)]));
    expect(extra(`${SRC}/modules/canned/canned-response.service.ts`, '../conversations/conversation.resolver.js')).toEqual(expect.arrayContaining([expect.stringMatching(/^module canned imports module conversations's resolver/)]));
    expect(extra(`${SRC}/modules/tenants/tenant.service.ts`, '../../boot/seed/seed.js')).toEqual(expect.arrayContaining([expect.stringMatching(/^modules\/ imports boot\//)]));
    expect(extra(`${SRC}/auth/viewer.ts`, '../modules/users/user.entity.js')).toEqual(expect.arrayContaining([expect.stringMatching(/^platform layer imports modules\//)]));
    expect(extra(`${SRC}/permissions/matrix.ts`, '../modules/users/user.entity.js')).toEqual(expect.arrayContaining([expect.stringMatching(/^platform layer imports modules\//)]));
    expect(extra(`${SRC}/modules/audit/audit.service.ts`, '../tenants/tenant.service.js')).toEqual(expect.arrayContaining([expect.stringMatching(/^circle between modules .*\baudit\b.*\btenants\b/)]));
  });
});

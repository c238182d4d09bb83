// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The knowledge page's tags and bulk import, mounted in happy-dom against a scripted API
// (test/web/helpers/scripted-client.ts): the editor's tag field and its validation, the import
// dialog (preview, publish, the all-or-nothing refusal naming the document), and the list's tag
// badges and server-side tag filter.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import KnowledgeEditor from '../../web/src/knowledge/KnowledgeEditor.vue';
import KnowledgeImportDialog from '../../web/src/knowledge/KnowledgeImportDialog.vue';
import KnowledgePage from '../../web/src/knowledge/KnowledgePage.vue';
import { provideSession } from '../../web/src/session.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

const doc = (over: Record<string, unknown> = {}) => ({
  __typename: 'KnowledgeDocument',
  id: 'doc-1',
  kind: 'ARTICLE',
  title: 'Returns',
  body: 'Within 30 days.',
  tags: [] as string[],
  status: 'DRAFT',
  indexingStatus: 'NOT_INDEXED',
  indexingProgress: 0,
  indexingError: null,
  chunkCount: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
const payload = (d: ReturnType<typeof doc>) => ({ __typename: 'KnowledgeDocumentPayload', documentId: d.id, document: d });

describe('KnowledgeEditor tags', () => {
  function mountEditor(script: Script, props: Record<string, unknown>) {
    const api = scriptedClient(script);
    const w = mount(KnowledgeEditor, { props, global: { plugins: [[urql, api.client]] }, attachTo: document.body });
    mounted.push(w);
    return { w, ops: api.ops };
  }
  const tagsInput = (w: VueWrapper) => w.get('[data-testid="editor-tags-input"]');

  it('refuses too many or too long tags with a clear message, and sends nothing', async () => {
    const { w, ops } = mountEditor({}, { documentId: null, newKind: 'ARTICLE' });
    await w.get('[data-testid="editor-title-input"]').setValue('Returns');
    await w.get('textarea').setValue('Within 30 days.');
    await tagsInput(w).setValue(Array.from({ length: 21 }, (_, i) => `tag${i}`).join(', '));
    await w.get('form').trigger('submit');
    expect(w.get('[role="alert"]').text()).toBe('At most 20 tags (there are 21).');
    expect(tagsInput(w).attributes('aria-invalid')).toBe('true');

    await tagsInput(w).setValue(`ok, ${'x'.repeat(51)}`);
    await w.get('form').trigger('submit');
    expect(w.text()).toContain('Each tag at most 50 characters');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'CreateKnowledgeDocument')).toEqual([]);
  });

  it('creates with the typed tags, shows them as badges, and sends tags on update only when they change', async () => {
    let current = doc();
    const { w, ops } = mountEditor(
      {
        CreateKnowledgeDocument: (v) => ({ createKnowledgeDocument: payload((current = doc({ title: v.input.title, body: v.input.body, tags: v.input.tags ?? [] }))) }),
        UpdateKnowledgeDocument: (v) => ({ updateKnowledgeDocument: payload((current = doc({ ...current, ...v.input }))) }),
      },
      { documentId: null, newKind: 'ARTICLE' },
    );
    await w.get('[data-testid="editor-title-input"]').setValue('Returns');
    await w.get('textarea').setValue('Within 30 days.');
    await tagsInput(w).setValue(' returns,refunds, returns ,');
    expect(w.findAll('[data-testid="editor-tags"] .ui-badge').map((b) => b.text())).toEqual(['returns', 'refunds']);
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(ops.find((o) => o.name === 'CreateKnowledgeDocument')?.variables.input).toEqual({ kind: 'ARTICLE', title: 'Returns', body: 'Within 30 days.', tags: ['returns', 'refunds'], idempotencyKey: expect.any(String) });
    expect((tagsInput(w).element as HTMLInputElement).value).toBe('returns, refunds');

    await w.get('textarea').setValue('Within 60 days.');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'UpdateKnowledgeDocument').at(-1)?.variables.input).toEqual({ id: 'doc-1', title: 'Returns', body: 'Within 60 days.' });

    await tagsInput(w).setValue('returns');
    expect(w.text()).toContain('Unsaved changes');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'UpdateKnowledgeDocument').at(-1)?.variables.input).toEqual({ id: 'doc-1', title: 'Returns', body: 'Within 60 days.', tags: ['returns'] });
  });
});

describe('KnowledgeImportDialog', () => {
  function mountDialog(script: Script, canPublish = true) {
    const api = scriptedClient(script);
    const w = mount(KnowledgeImportDialog, { props: { open: true, canPublish }, global: { plugins: [[urql, api.client]] }, attachTo: document.body });
    mounted.push(w);
    return { w, ops: api.ops };
  }
  async function pick(w: VueWrapper, files: File[]) {
    const input = w.get('[data-testid="import-files"]');
    Object.defineProperty(input.element, 'files', { value: files, configurable: true });
    await input.trigger('change');
    await flushPromises();
  }
  const md = (name: string, text: string) => new File([text], name, { type: 'text/markdown' });
  const submit = (w: VueWrapper) => w.get('[data-testid="import-submit"]');

  it('previews Markdown and JSON files, then imports them all and publishes on request', async () => {
    const { w, ops } = mountDialog({ ImportKnowledgeDocuments: (v) => ({ importKnowledgeDocuments: { __typename: 'ImportKnowledgePayload', count: v.input.documents.length, documentIds: ['a', 'b', 'c'] } }) });
    expect(submit(w).attributes('disabled')).toBeDefined();
    await pick(w, [
      md('returns.md', '# Returns policy\n\nWithin 30 days.'),
      md('care-guide.md', 'Wash cold.'),
      new File([JSON.stringify([{ kind: 'FAQ', question: 'Dogs allowed?', answer: 'Yes.', tags: ['stores'] }])], 'faq.json', { type: 'application/json' }),
    ]);
    expect(w.get('[data-testid="import-summary"]').text()).toBe('3 documents to import: 2 articles, 1 FAQ.');
    expect(w.findAll('[data-testid="import-preview"] li').map((li) => li.text())).toEqual([
      'ArticleReturns policyreturns.md',
      'Articlecare guidecare-guide.md',
      'FAQDogs allowed?faq.json #1stores',
    ]);
    expect(w.find('[data-testid="import-errors"]').exists()).toBe(false);
    await w.get('[data-testid="import-publish"]').setValue(true);
    expect(submit(w).text()).toBe('Import 3');
    await submit(w).trigger('click');
    await flushPromises();
    expect(ops.find((o) => o.name === 'ImportKnowledgeDocuments')?.variables).toEqual({
      input: {
        publish: true,
        idempotencyKey: expect.any(String),
        documents: [
          { kind: 'ARTICLE', title: 'Returns policy', body: 'Within 30 days.', tags: [] },
          { kind: 'ARTICLE', title: 'care guide', body: 'Wash cold.', tags: [] },
          { kind: 'FAQ', title: 'Dogs allowed?', body: 'Yes.', tags: ['stores'] },
        ],
      },
    });
    expect(w.emitted('imported')).toEqual([[3]]);
    expect(w.emitted('close')).toHaveLength(1);
  });

  it('shows bad files and imports nothing until they are fixed', async () => {
    const { w, ops } = mountDialog({});
    await pick(w, [md('empty.md', '# Title only\n'), new File(['[{'], 'broken.json'), new File(['hi'], 'notes.txt')]);
    const errors = w.get('[data-testid="import-errors"]').findAll('li').map((li) => li.text());
    expect(errors).toEqual(['broken.json: not valid JSON' + errors[0]!.slice('broken.json: not valid JSON'.length), 'notes.txt: not a .md or .json file', 'empty.md: the body is empty (nothing after the title)']);
    expect(w.get('[data-testid="import-summary"]').text()).toContain('the import is all or nothing');
    expect(submit(w).attributes('disabled')).toBeDefined();
    await submit(w).trigger('click');
    await flushPromises();
    expect(ops).toEqual([]);
  });

  it('names the document and field of a BAD_USER_INPUT refusal, and says nothing was imported', async () => {
    const { w } = mountDialog(
      { ImportKnowledgeDocuments: () => ({ errors: [{ message: 'at most 20 tags of 1–50 characters', extensions: { code: 'BAD_USER_INPUT', field: 'documents[1].tags' } }] }) },
      false,
    );
    expect(w.find('[data-testid="import-publish"]').exists()).toBe(false); // no kb.publish: no choice offered
    await pick(w, [md('a.md', '# A\nBody'), md('b.md', '# B\nBody')]);
    await submit(w).trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="import-error"]').text()).toBe('Nothing was imported. at most 20 tags of 1–50 characters — in “B” (b.md), field tags.');
    expect(w.emitted('imported')).toBeUndefined();
  });
});

describe('KnowledgePage tags', () => {
  async function mountPage(script: Script) {
    const api = scriptedClient(script);
    const Empty = defineComponent({ render: () => null });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/knowledge', name: 'knowledge', component: Empty },
        { path: '/knowledge/:id', name: 'knowledge-document', component: Empty },
      ],
    });
    await router.push('/knowledge');
    await router.isReady();
    const permissions = ['kb.view', 'kb.create', 'kb.update', 'kb.publish'];
    const Host = defineComponent({
      setup() {
        provideSession({ viewer: computed(() => null), can: (p) => permissions.includes(p), signOut: async () => undefined });
        return () => h(KnowledgePage as Component);
      },
    });
    const w = mount(Host, { global: { plugins: [router, [urql, api.client]] }, attachTo: document.body });
    mounted.push(w);
    await flushPromises();
    return { w, ops: api.ops };
  }
  const all = [doc({ id: 'd1', title: 'Returns', tags: ['returns', 'policy'] }), doc({ id: 'd2', title: 'Shipping', tags: ['shipping'] })];
  const connection = (docs: ReturnType<typeof doc>[]) => ({
    knowledgeDocuments: { __typename: 'KnowledgeDocumentConnection', totalCount: docs.length, edges: docs.map((node) => ({ __typename: 'KnowledgeDocumentEdge', node })) },
  });

  it('shows tags as badges and filters the list by a tag on the server', async () => {
    const { w, ops } = await mountPage({ KnowledgeDocuments: (v) => connection(v.filter?.tag ? all.filter((d) => d.tags.includes(v.filter.tag)) : all) });
    const rowTags = () => w.findAll('tbody tr').map((tr) => tr.findAll('.tag').map((t) => t.text()));
    expect(rowTags()).toEqual([['returns', 'policy'], ['shipping']]);
    expect(ops.filter((o) => o.name === 'KnowledgeDocuments').at(-1)?.variables).toEqual({ first: 100, filter: null });

    await w.findAll('.tag').find((t) => t.text() === 'shipping')!.trigger('click');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'KnowledgeDocuments').at(-1)?.variables).toEqual({ first: 100, filter: { tag: 'shipping' } });
    expect(rowTags()).toEqual([['shipping']]);
    expect(w.get('[data-testid="tag-filter-count"]').text()).toContain('1 tagged “shipping”');
    // The choice keeps every tag seen, though the list is filtered.
    const select = w.get('[data-testid="tag-filter"] select');
    expect(select.findAll('option').map((o) => o.text())).toEqual(['All tags', 'policy', 'returns', 'shipping']);
    expect((select.element as HTMLSelectElement).value).toBe('shipping');

    await select.setValue('');
    await flushPromises();
    expect(rowTags()).toHaveLength(2);
  });

  it('opens the import dialog from the Import button', async () => {
    const { w } = await mountPage({ KnowledgeDocuments: () => connection(all) });
    expect(w.find('[data-testid="knowledge-import"]').exists()).toBe(false);
    await w.get('[data-testid="open-import"]').trigger('click');
    expect(w.get('[role="dialog"]').text()).toContain('Import knowledge');
  });
});

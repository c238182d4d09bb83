// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The new design-system components and the knowledge editor, mounted in happy-dom. The editor
// talks to a scripted urql exchange (no server): it records the operations it receives and
// answers them like the API would.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { Client, makeResult, type Exchange, type Operation } from '@urql/core';
import { filter, map, pipe } from 'wonka';
import { print } from 'graphql';
import ProgressBar from '../../web/src/components/ui/ProgressBar.vue';
import SelectInput from '../../web/src/components/ui/SelectInput.vue';
import CopyButton from '../../web/src/components/ui/CopyButton.vue';
import KnowledgeEditor from '../../web/src/knowledge/KnowledgeEditor.vue';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

describe('ProgressBar', () => {
  it('exposes its value to assistive technology and clamps the fill', () => {
    const w = mount(ProgressBar, { props: { value: 150, label: 'Indexing' } });
    mounted.push(w);
    const bar = w.get('[role="progressbar"]');
    expect(bar.attributes()).toMatchObject({ 'aria-label': 'Indexing', 'aria-valuenow': '150', 'aria-valuetext': '100%', 'aria-valuemax': '100' });
    expect(w.get('.fill').attributes('style')).toContain('width: 100%');
  });
});

describe('SelectInput', () => {
  it('is labelled and emits the chosen value', async () => {
    const w = mount(SelectInput, {
      props: { label: 'Role', modelValue: 'AGENT', options: [{ value: 'AGENT', label: 'Agent' }, { value: 'VIEWER', label: 'Viewer' }], hint: 'Pick one' },
    });
    mounted.push(w);
    const select = w.get('select');
    expect(w.get('label').attributes('for')).toBe(select.attributes('id'));
    expect(select.attributes('aria-describedby')).toBe(`${select.attributes('id')}-hint`);
    await select.setValue('VIEWER');
    expect(w.emitted('update:modelValue')).toEqual([['VIEWER']]);
  });
});

describe('CopyButton', () => {
  it('copies and says so, or asks to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const w = mount(CopyButton, { props: { text: 'sb_secret', label: 'Copy key' } });
    mounted.push(w);
    await w.get('button').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith('sb_secret');
    expect(w.get('[role="status"]').text()).toBe('Copied');
    await w.get('button').trigger('click');
    await flushPromises();
    expect(w.get('[role="status"]').text()).toMatch(/copy it by hand/);
  });
});

// --- The knowledge editor against a scripted API -------------------------------------------

interface Doc {
  id: string;
  kind: 'FAQ' | 'ARTICLE';
  title: string;
  body: string;
  status: string;
  indexingStatus: string;
  indexingProgress: number;
  indexingError: string | null;
  chunkCount: number;
  updatedAt: string;
}

function scriptedClient() {
  const ops: { name: string; variables: Record<string, any> }[] = [];
  let doc: Doc | null = null;
  const answer = (op: Operation): Record<string, unknown> | null => {
    const name = /(?:query|mutation|subscription)\s+(\w+)/.exec(print(op.query))![1]!;
    const v = op.variables as Record<string, any>;
    ops.push({ name, variables: v });
    const payload = () => ({ __typename: 'KnowledgeDocumentPayload', documentId: doc!.id, document: { __typename: 'KnowledgeDocument', ...doc } });
    switch (name) {
      case 'CreateKnowledgeDocument':
        doc = { id: 'doc-1', kind: v.input.kind, title: v.input.title, body: v.input.body, status: 'DRAFT', indexingStatus: 'NOT_INDEXED', indexingProgress: 0, indexingError: null, chunkCount: 0, updatedAt: new Date().toISOString() };
        return { createKnowledgeDocument: payload() };
      case 'UpdateKnowledgeDocument':
        Object.assign(doc!, { title: v.input.title, body: v.input.body });
        return { updateKnowledgeDocument: payload() };
      case 'PublishKnowledgeDocument':
        Object.assign(doc!, { status: 'PUBLISHED', indexingStatus: 'PENDING' });
        return { publishKnowledgeDocument: payload() };
      case 'KnowledgeEditorDocument':
        return { knowledgeDocument: { __typename: 'KnowledgeDocument', ...doc } };
      case 'DeleteKnowledgeDocument':
        return { deleteKnowledgeDocument: { __typename: 'DeleteKnowledgeDocumentPayload', deletedId: doc!.id } };
      default:
        return null; // subscriptions stay silent
    }
  };
  const tied: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      map((op) => ({ op, data: answer(op) })),
      filter((x) => x.data !== null),
      map(({ op, data }) => makeResult(op, { data })),
    );
  return { client: new Client({ url: 'http://test.invalid/graphql', exchanges: [tied] }), ops };
}

function mountEditor(props: Record<string, unknown> = {}) {
  const api = scriptedClient();
  const w = mount(KnowledgeEditor, {
    props: { documentId: null, newKind: 'FAQ', ...props },
    global: { plugins: [[urql, api.client]] },
    attachTo: document.body,
  });
  mounted.push(w);
  return { w, ...api };
}

describe('KnowledgeEditor', () => {
  it('previews Markdown sanitised while typing', async () => {
    const { w } = mountEditor();
    expect(w.get('h2').text()).toBe('New FAQ');
    await w.get('textarea').setValue('**Yes** <img src=x onerror=alert(1)> [x](javascript:alert(1)) [ok](https://northwind.demo)');
    const preview = w.get('[data-testid="markdown-preview"]').element;
    expect(preview.querySelector('strong')?.textContent).toBe('Yes');
    expect(preview.querySelector('img')).toBeNull();
    expect(Array.from(preview.querySelectorAll('a')).map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).toEqual([['https://northwind.demo', 'noopener noreferrer']]);
    expect(preview.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('validates, creates a draft, then saves and publishes it', async () => {
    const { w, ops } = mountEditor();
    await w.get('form').trigger('submit');
    expect(w.text()).toContain('Type the question.');
    expect(w.text()).toContain('Type the answer.');
    expect(ops.filter((o) => o.name.endsWith('KnowledgeDocument'))).toEqual([]);

    await w.get('input').setValue('Can I bring my dog?');
    await w.get('textarea').setValue('Yes, on a leash.');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(ops.find((o) => o.name === 'CreateKnowledgeDocument')?.variables).toEqual({ input: { kind: 'FAQ', title: 'Can I bring my dog?', body: 'Yes, on a leash.', idempotencyKey: expect.any(String) } });
    expect(w.emitted('created')).toEqual([['doc-1']]);
    expect(w.get('h2').text()).toBe('Edit FAQ');
    expect(w.get('[data-testid="document-status"]').text()).toBe('Draft');

    await w.get('textarea').setValue('Yes, dogs on a leash are welcome.');
    const publish = w.findAll('button').find((b) => b.text() === 'Save and publish')!;
    await publish.trigger('click');
    await flushPromises();
    expect(ops.find((o) => o.name === 'UpdateKnowledgeDocument')?.variables).toEqual({ input: { id: 'doc-1', title: 'Can I bring my dog?', body: 'Yes, dogs on a leash are welcome.' } });
    expect(ops.find((o) => o.name === 'PublishKnowledgeDocument')?.variables).toEqual({ input: { id: 'doc-1' } });
    expect(w.get('[data-testid="document-status"]').text()).toBe('Published');
    expect(w.get('[data-testid="indexing-status"]').text()).toBe('Pending');
    expect(w.find('[role="progressbar"]').exists()).toBe(true);
    // The editor follows the document's indexing live.
    expect(ops.find((o) => o.name === 'KnowledgeDocumentIndexing')?.variables).toEqual({ documentId: 'doc-1' });
  });

  it('deletes only after the confirmation', async () => {
    const { w, ops } = mountEditor();
    await w.get('input').setValue('Temp');
    await w.get('textarea').setValue('Body');
    await w.get('form').trigger('submit');
    await flushPromises();
    await w.findAll('button').find((b) => b.text() === 'Delete…')!.trigger('click');
    await flushPromises();
    expect(ops.some((o) => o.name === 'DeleteKnowledgeDocument')).toBe(false);
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('“Temp”');
    (dialog.querySelector('[data-testid="confirm-delete"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(ops.find((o) => o.name === 'DeleteKnowledgeDocument')?.variables).toEqual({ input: { id: 'doc-1' } });
    expect(w.emitted('deleted')).toEqual([['doc-1']]);
  });

  it('hides actions the viewer may not use', () => {
    const { w } = mountEditor({ canPublish: false, canCreate: false });
    expect(w.findAll('button').map((b) => b.text())).not.toContain('Save and publish');
    expect(w.get('input').attributes('disabled')).toBeDefined();
  });
});

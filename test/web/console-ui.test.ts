// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The design-system components of web/src/components/ui.
import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { defineComponent, h, nextTick, ref } from 'vue';
import Button from '../../web/src/components/ui/Button.vue';
import TextInput from '../../web/src/components/ui/TextInput.vue';
import DataTable from '../../web/src/components/ui/DataTable.vue';
import Dialog from '../../web/src/components/ui/Dialog.vue';
import Badge from '../../web/src/components/ui/Badge.vue';
import Avatar from '../../web/src/components/ui/Avatar.vue';

const mounted: VueWrapper[] = [];
function track<T extends VueWrapper>(w: T): T {
  mounted.push(w);
  return w;
}
// The root tsconfig sees .vue files through env.d.ts (props untyped): set props loosely.
function setProps(w: VueWrapper, props: Record<string, unknown>): Promise<void> {
  return (w as unknown as { setProps(p: Record<string, unknown>): Promise<void> }).setProps(props);
}
afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount();
});

describe('Button', () => {
  it('is a real button that emits click', async () => {
    const w = track(mount(Button, { props: { variant: 'primary' }, slots: { default: 'Save' } }));
    expect(w.element.tagName).toBe('BUTTON');
    expect(w.attributes('type')).toBe('button');
    expect(w.text()).toBe('Save');
    await w.trigger('click');
    expect(w.emitted('click')).toHaveLength(1);
  });

  it('does not emit when disabled or loading, and says it is busy', async () => {
    const w = track(mount(Button, { props: { disabled: true }, slots: { default: 'Save' } }));
    expect(w.attributes('disabled')).toBeDefined();
    await w.trigger('click');
    expect(w.emitted('click')).toBeUndefined();
    await setProps(w, { disabled: false, loading: true });
    expect(w.attributes('disabled')).toBeDefined();
    expect(w.attributes('aria-busy')).toBe('true');
    await w.trigger('click');
    expect(w.emitted('click')).toBeUndefined();
  });
});

describe('TextInput', () => {
  it('has a label, shows its validation message and sets aria-invalid', async () => {
    const w = track(mount(TextInput, { props: { label: 'E-mail', modelValue: '', id: 'email', hint: 'Work address' } }));
    const input = w.get('input');
    expect(w.get('label').attributes('for')).toBe('email');
    expect(input.attributes('aria-invalid')).toBeUndefined();
    expect(input.attributes('aria-describedby')).toBe('email-hint');
    expect(w.find('[role="alert"]').exists()).toBe(false);

    await setProps(w, { error: 'Enter an e-mail address.' });
    expect(w.get('input').attributes('aria-invalid')).toBe('true');
    expect(w.get('[role="alert"]').text()).toBe('Enter an e-mail address.');
    expect(w.get('input').attributes('aria-describedby')).toBe('email-error email-hint');

    await w.get('input').setValue('a@b.c');
    expect(w.emitted('update:modelValue')?.[0]).toEqual(['a@b.c']);
  });

  it('renders a textarea when multiline', () => {
    const w = track(mount(TextInput, { props: { label: 'Note', modelValue: 'x', multiline: true } }));
    expect(w.find('textarea').exists()).toBe(true);
    expect(w.get('label').attributes('for')).toBe(w.get('textarea').attributes('id'));
  });
});

describe('DataTable', () => {
  const columns = [
    { key: 'name', label: 'Name', sortable: true },
    { key: 'score', label: 'Score', sortable: true },
    { key: 'note', label: 'Note' },
  ];
  const rows = [
    { id: 1, name: 'Charlie', score: 10, note: '<b>x</b>' },
    { id: 2, name: 'alice', score: 2, note: '' },
    { id: 3, name: 'Bob', score: 33, note: '' },
  ];
  const names = (w: VueWrapper) => w.findAll('tbody tr').map((tr) => tr.findAll('td')[0]!.text());

  it('sorts on header click, toggles direction and announces aria-sort', async () => {
    const w = track(mount(DataTable, { props: { columns, rows, rowKey: 'id' } }));
    expect(names(w)).toEqual(['Charlie', 'alice', 'Bob']);
    const [nameTh, scoreTh, noteTh] = w.findAll('th');
    expect(noteTh!.find('button').exists()).toBe(false);

    await nameTh!.get('button').trigger('click');
    expect(names(w)).toEqual(['alice', 'Bob', 'Charlie']);
    expect(nameTh!.attributes('aria-sort')).toBe('ascending');

    await nameTh!.get('button').trigger('click');
    expect(names(w)).toEqual(['Charlie', 'Bob', 'alice']);
    expect(nameTh!.attributes('aria-sort')).toBe('descending');

    await scoreTh!.get('button').trigger('click');
    expect(names(w)).toEqual(['alice', 'Charlie', 'Bob']); // numeric, not lexical
    expect(nameTh!.attributes('aria-sort')).toBe('none');
  });

  it('escapes cell text and shows the empty text', async () => {
    const w = track(mount(DataTable, { props: { columns, rows, rowKey: 'id' } }));
    expect(w.find('tbody b').exists()).toBe(false);
    expect(w.text()).toContain('<b>x</b>');
    await setProps(w, { rows: [], emptyText: 'No rows' });
    expect(w.get('tbody').text()).toBe('No rows');
  });
});

describe('Dialog', () => {
  it('moves focus in, traps Tab, closes on Escape and returns focus', async () => {
    const Host = defineComponent({
      setup() {
        const open = ref(false);
        return () => [
          h('button', { id: 'opener', onClick: () => (open.value = true) }, 'Open'),
          h(
            Dialog,
            { open: open.value, title: 'Confirm', onClose: () => (open.value = false) },
            { default: () => h('input', { id: 'inside' }), footer: () => h('button', { id: 'ok' }, 'OK') },
          ),
        ];
      },
    });
    const w = track(mount(Host, { attachTo: document.body }));
    const opener = w.get('#opener');
    (opener.element as HTMLElement).focus();
    await opener.trigger('click');
    await nextTick();
    await nextTick();

    const dialog = w.get('[role="dialog"]');
    expect(dialog.attributes('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.attributes('aria-labelledby')!)?.textContent).toBe('Confirm');
    // First focusable is the close button.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close');

    // Tab from the last focusable wraps to the first; Shift+Tab from the first to the last.
    (w.get('#ok').element as HTMLElement).focus();
    await dialog.trigger('keydown', { key: 'Tab' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close');
    await dialog.trigger('keydown', { key: 'Tab', shiftKey: true });
    expect(document.activeElement?.id).toBe('ok');

    await dialog.trigger('keydown', { key: 'Escape' });
    await nextTick();
    await nextTick();
    expect(w.find('[role="dialog"]').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('opener');
  });
});

describe('Badge and Avatar', () => {
  it('render text and initials with an accessible name', () => {
    const b = track(mount(Badge, { props: { tone: 'success' }, slots: { default: 'Online' } }));
    expect(b.text()).toBe('Online');
    const a = track(mount(Avatar, { props: { name: 'Nora Admin' } }));
    expect(a.text()).toBe('NA');
    expect(a.attributes('role')).toBe('img');
    expect(a.attributes('aria-label')).toBe('Nora Admin');
  });
});

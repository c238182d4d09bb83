// @vitest-environment happy-dom
// The widget's DOM (web/widget/view.ts): Shadow DOM, escaping of every text that comes from
// people or the assistant, bubble states, accessibility (labels, focus, Escape, live region).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetView, type ViewEvents } from '../../web/widget/view.js';
import { MessageStore, type StoredMessage } from '../../web/widget/message-store.js';
import { offlineAnswer } from '../../api/src/modules/assistant/providers/offline.js';

const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b> & "quotes"`;

function setup() {
  const events: ViewEvents = { send: vi.fn(), retry: vi.fn(), typing: vi.fn(), openChanged: vi.fn(), leaveEmail: vi.fn(), rate: vi.fn(), startNew: vi.fn(), talkToPerson: vi.fn() };
  const view = new WidgetView(events);
  view.mount();
  view.setTheme({ title: 'Northwind Outfitters', subtitle: 'Trail Guide', primaryColor: '#ffcc00', backgroundColor: '#ffffff', position: 'left', logoUrl: null }, 'Hi! Ask us anything.');
  const shadow = view.host.shadowRoot!;
  return { view, events, shadow, $: (sel: string) => shadow.querySelector(sel) as HTMLElement, $$: (sel: string) => Array.from(shadow.querySelectorAll(sel)) as HTMLElement[] };
}

const message = (over: Partial<StoredMessage>): StoredMessage => ({
  id: 'm1',
  seq: 1,
  author: 'AI',
  authorName: 'Trail Guide',
  body: 'text',
  clientMessageId: null,
  offline: false,
  citations: null,
  ...over,
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('widget view', () => {
  it('renders inside an open shadow root, themed, on the chosen side', () => {
    const { view, $ } = setup();
    expect(view.host.tagName).toBe('SWITCHBOARD-WIDGET');
    expect(document.body.querySelector('.launcher')).toBeNull(); // nothing leaks into the page
    expect($('.root').classList.contains('left')).toBe(true);
    expect($('.root').style.getPropertyValue('--sb-primary')).toBe('#ffcc00');
    // Dark text on a light brand colour.
    expect($('.root').style.getPropertyValue('--sb-on-primary')).toBe('#111827');
    expect($('.title').textContent).toBe('Northwind Outfitters');
    expect($('[data-state="welcome"]').textContent).toBe('Hi! Ask us anything.');
  });

  it('renders every text escaped: bodies, names, citation titles and excerpts', () => {
    const { view, $, $$ } = setup();
    const store = new MessageStore();
    store.addMessage(message({ body: HOSTILE, authorName: HOSTILE, citations: [{ n: 1, title: HOSTILE, excerpt: HOSTILE }] }));
    store.addMessage(message({ id: 'm2', seq: 2, author: 'CUSTOMER', authorName: null, body: HOSTILE }));
    store.applyDraft({ messageId: 'd3', index: 0, delta: HOSTILE, state: 'STREAMING', offline: false, authorName: HOSTILE });
    store.addPending('c4', HOSTILE);
    view.render(store.entries());
    expect($$('img')).toHaveLength(1); // only the (hidden) logo element of the header
    expect($$('script')).toHaveLength(0);
    expect($$('b')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    const texts = $$('.text').map((t) => t.textContent);
    expect(texts).toEqual([HOSTILE, HOSTILE, HOSTILE, HOSTILE]);
    expect($('.author').textContent).toBe(HOSTILE);
    const chip = $('.chip');
    expect(chip.textContent).toBe(HOSTILE);
    expect(chip.getAttribute('title')).toBe(HOSTILE);
  });

  it('marks bubble states and keeps a bubble element when its draft becomes the message', () => {
    const { view, $, $$ } = setup();
    const store = new MessageStore();
    store.applyDraft({ messageId: 'a1', index: 0, delta: 'You have ', state: 'STREAMING', offline: true, authorName: 'Trail Guide' });
    view.render(store.entries());
    const bubble = $('[data-key="m:a1"]');
    expect(bubble.dataset.state).toBe('streaming');
    store.applyDraft({ messageId: 'a1', index: 1, delta: '30 days.', state: 'STREAMING', offline: true, authorName: 'Trail Guide' });
    view.render(store.entries());
    expect($('[data-key="m:a1"] .text').textContent).toBe('You have 30 days.');
    store.addMessage(message({ id: 'a1', body: 'You have 30 days. [1]', offline: true, citations: [{ n: 1, title: 'Returns and refunds', excerpt: 'You can return most items…' }] }));
    view.render(store.entries());
    expect($$('.bubble[data-key]')).toHaveLength(1);
    expect($('[data-key="m:a1"]')).toBe(bubble);
    expect(bubble.dataset.state).toBe('sent');
    expect($('.chip').textContent).toBe('Returns and refunds');
    expect($('.chip').title).toBe('You can return most items…');
    expect($('.offline').textContent).toMatch(/offline assistant/);
  });

  it('shows the offline disclaimer exactly once on an offline answer, streamed and stored', () => {
    const { view, $ } = setup();
    const store = new MessageStore();
    const source = { n: 1, title: 'Returns and refunds', headingPath: ['Returns and refunds'], text: 'You have 30 days to return an item.\n\nRefunds reach your card within 5 days.' };
    const deltas: string[] = [];
    const answer = offlineAnswer('How long do I have to return an item?', [source], (d) => deltas.push(d))!;
    deltas.forEach((delta, index) => store.applyDraft({ messageId: 'o1', index, delta, state: 'STREAMING', offline: true, authorName: 'Trail Guide' }));
    view.render(store.entries());
    const count = () => ($('[data-key="m:o1"]').textContent!.match(/offline assistant/gi) ?? []).length;
    expect(count()).toBe(1);
    store.addMessage(message({ id: 'o1', body: answer.text, offline: true, citations: [{ n: 1, title: source.title, excerpt: answer.quotes[1] }] }));
    view.render(store.entries());
    expect($('[data-key="m:o1"] .text').textContent).toContain('You have 30 days to return an item.');
    expect(count()).toBe(1);
  });

  it('offers a retry on a failed message', () => {
    const { view, events, $ } = setup();
    const store = new MessageStore();
    store.addPending('c1', 'hello');
    store.markFailed('c1');
    view.render(store.entries());
    expect($('[data-key="c:c1"]').dataset.state).toBe('failed');
    ($('.retry') as HTMLButtonElement).click();
    expect(events.retry).toHaveBeenCalledWith('c1');
  });

  it('is keyboard accessible: labelled controls, focus moves in and back, Escape closes', () => {
    const { view, events, shadow, $ } = setup();
    const launcher = $('.launcher') as HTMLButtonElement;
    expect(launcher.tagName).toBe('BUTTON');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(launcher.getAttribute('aria-label')).toMatch(/Open chat/);
    expect($('.panel').hidden).toBe(true);
    expect($('label[for="sb-input"]').textContent).toBe('Your message');
    expect($('.panel').getAttribute('role')).toBe('dialog');

    launcher.click();
    expect(view.open).toBe(true);
    expect($('.panel').hidden).toBe(false);
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(shadow.activeElement).toBe($('textarea'));
    expect(events.openChanged).toHaveBeenLastCalledWith(true);

    $('textarea').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(view.open).toBe(false);
    expect(shadow.activeElement).toBe(launcher);
  });

  it('sends on Enter (Shift+Enter is a new line) and reports typing', () => {
    const { view, events, $ } = setup();
    view.setOpen(true);
    const input = $('textarea') as HTMLTextAreaElement;
    input.value = '  How long do I have to return an item?  ';
    input.dispatchEvent(new Event('input'));
    expect(events.typing).toHaveBeenCalled();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
    expect(events.send).not.toHaveBeenCalled();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(events.send).toHaveBeenCalledWith('How long do I have to return an item?');
    expect(input.value).toBe('');
  });

  it('announces through an aria-live region, not the message log', async () => {
    const { view, $ } = setup();
    expect($('.log').getAttribute('aria-live')).toBeNull();
    view.announce('Alex: hello <b>there</b>');
    await new Promise((r) => setTimeout(r, 80));
    const live = $('.sr-only[aria-live="polite"]');
    expect(live.textContent).toBe('Alex: hello <b>there</b>');
    expect(live.children).toHaveLength(0);
  });

  it('shows the unread count on the launcher', () => {
    const { view, $ } = setup();
    view.setUnread(3);
    expect($('.badge').hidden).toBe(false);
    expect($('.badge').textContent).toBe('3');
    view.setUnread(0);
    expect($('.badge').hidden).toBe(true);
  });

  it('nobody available: shows the away message and the e-mail form, sends the address, then says where the answer goes', () => {
    const { view, events, $ } = setup();
    expect($('.away').hidden).toBe(true);
    view.setAway({ message: 'We are away.', sentTo: null, error: null });
    expect($('.away').hidden).toBe(false);
    expect($('.away-text').textContent).toBe('We are away.');
    const input = $('#sb-away-email') as HTMLInputElement;
    input.value = ' ada@example.com ';
    ($('.away-form') as HTMLFormElement).requestSubmit();
    expect(events.leaveEmail).toHaveBeenCalledWith('ada@example.com');
    view.setAway({ message: 'We are away.', sentTo: null, error: 'Please check the address.' });
    expect($('.away-error').textContent).toBe('Please check the address.');
    view.setAway({ message: 'We are away.', sentTo: 'ada@example.com', error: null });
    expect($('.away-text').textContent).toBe('We are away. We will answer you at ada@example.com.');
    expect($('.away-form').hidden).toBe(true);
    view.setAway(null);
    expect($('.away').hidden).toBe(true);
  });

  it('ended: the survey (escaped tenant wording, 1–5, optional comment) and "start a new one" replace the composer', () => {
    const { view, events, $, $$ } = setup();
    expect($('.ended')).toBeNull(); // built when first needed
    view.setEnded({ survey: { question: HOSTILE, lowLabel: 'Bad', highLabel: 'Great' }, thanks: false, error: null });
    expect($('.composer').hidden).toBe(true);
    expect($('.ended').hidden).toBe(false);
    expect($('.csat-q').textContent).toBe(HOSTILE);
    expect($('.csat-q').querySelector('img')).toBeNull();
    const buttons = $$('.csat-n');
    expect(buttons.map((b) => b.textContent)).toEqual(['1', '2', '3', '4', '5']);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('1 (Bad)');
    const submit = $('.csat button[type="submit"]') as HTMLButtonElement;
    expect(submit.disabled).toBe(true); // nothing chosen yet
    buttons[4]!.click();
    expect(buttons[4]!.getAttribute('aria-pressed')).toBe('true');
    ($('#sb-csat-comment') as HTMLTextAreaElement).value = ' Quick and kind ';
    submit.click();
    expect(events.rate).toHaveBeenCalledWith(5, 'Quick and kind');
    view.setEnded({ survey: null, thanks: true, error: null });
    expect($('.csat').hidden).toBe(true);
    expect($('.csat-thanks').hidden).toBe(false);
    const again = $$('.ended button').find((b) => b.textContent === 'Chat ended — start a new one')!;
    again.click();
    expect(events.startNew).toHaveBeenCalled();
    view.setEnded(null);
    expect($('.composer').hidden).toBe(false);
    expect($('.ended').hidden).toBe(true);
  });
});

describe('talk to a person', () => {
  it('is a visible button while the assistant has the conversation; a click asks once, and it goes once people have it', () => {
    const { view, events, $ } = setup();
    view.setOpen(true);
    const button = $('button.human') as HTMLButtonElement;
    expect(button.hidden).toBe(false);
    expect(button.textContent).toBe('Talk to a person');
    button.click();
    expect(events.talkToPerson).toHaveBeenCalledTimes(1);
    expect(button.disabled).toBe(true);
    view.setTalkToPerson(false);
    expect(button.hidden).toBe(true);
    view.setTalkToPerson(true);
    expect(button.hidden).toBe(false);
    expect(button.disabled).toBe(false);
  });
});

// The widget's DOM inside its Shadow DOM: launcher, panel (header, notices, message log,
// status line, composer) and a visually hidden live region that announces new messages.
// No network here; the controller (widget.ts) calls these methods and handles the events.
import type { Entry } from './message-store.js';
import { renderBubble, type BubbleLabels } from './bubble.js';
import { h, setText } from './dom.js';
import { WIDGET_CSS } from './styles.js';
import { EndedPanel, type EndedState } from './ended.js';

export interface Theme {
  title: string;
  subtitle: string;
  primaryColor: string;
  backgroundColor: string;
  position: string;
  logoUrl: string | null;
}

export interface ViewEvents {
  send(body: string): void;
  retry(clientMessageId: string): void;
  typing(): void;
  openChanged(open: boolean): void;
  /** The customer left an address for an answer by e-mail (nobody available now). */
  leaveEmail(email: string): void;
  /** The customer rated the ended conversation (1–5, comment possibly empty). */
  rate(rating: number, comment: string): void;
  /** "Chat ended — start a new one". */
  startNew(): void;
  /** "Talk to a person": hand the conversation to people now. */
  talkToPerson(): void;
}

const LABELS: BubbleLabels = {
  you: 'You',
  offline: 'Automatic answer from our help articles (offline assistant)',
  sending: 'Sending…',
  failed: 'Not sent.',
  retry: 'Retry',
  sources: 'Sources',
};

const CHAT_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';

const HEX = /^#[0-9a-f]{6}$/i;

/** Black or white text, whichever reads better on `hex`. */
function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6 ? '#111827' : '#ffffff';
}

export class WidgetView {
  readonly host: HTMLElement;
  private readonly root = h('div', { class: 'root', part: 'root' });
  private readonly launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'sb-panel', 'aria-label': 'Open chat' });
  private readonly badge = h('span', { class: 'badge', hidden: true, 'aria-hidden': 'true' });
  private readonly panel = h('div', { class: 'panel', id: 'sb-panel', role: 'dialog', 'aria-labelledby': 'sb-title', hidden: true });
  private readonly logo = h('img', { alt: '', hidden: true });
  private readonly title = h('h2', { class: 'title', id: 'sb-title' }, 'Chat');
  private readonly subtitle = h('p', { class: 'subtitle' });
  private readonly notice = h('p', { class: 'notice', role: 'status', hidden: true });
  private readonly callback = h('p', { class: 'callback', role: 'status', hidden: true });
  private readonly welcome = h('li', { class: 'bubble assistant', 'data-state': 'welcome' });
  private readonly log = h('ol', { class: 'log', 'aria-label': 'Messages' });
  private readonly status = h('p', { class: 'status', 'aria-live': 'polite' });
  private readonly live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
  private readonly input = h('textarea', { id: 'sb-input', rows: '1', maxlength: '10000', placeholder: 'Type your message…' });
  private readonly sendButton = h('button', { type: 'submit', class: 'send' }, 'Send');
  /** Shown while the assistant has the conversation: customers choose, words are not required. */
  private readonly humanButton = h('button', { type: 'button', class: 'human' }, 'Talk to a person');
  // Nobody available: the away message and the offer to be answered by e-mail.
  private readonly awayText = h('p', { class: 'away-text' });
  private readonly awayInput = h('input', { id: 'sb-away-email', type: 'email', autocomplete: 'email', required: '', maxlength: '320', placeholder: 'you@example.com' });
  private readonly awayButton = h('button', { type: 'submit', class: 'send' }, 'Send');
  private readonly awayError = h('p', { class: 'away-error', role: 'alert', hidden: true });
  private readonly awayForm = h(
    'form',
    { class: 'away-form' },
    h('label', { for: 'sb-away-email' }, 'Your e-mail for the answer'),
    h('div', { class: 'away-row' }, this.awayInput, this.awayButton),
    this.awayError,
  );
  private readonly away = h('section', { class: 'away', hidden: true, 'aria-label': 'Nobody available' }, this.awayText, this.awayForm);
  /** Built the first time a conversation ends (most page views never need it). */
  private ended: EndedPanel | null = null;
  private readonly composer = h('form', { class: 'composer' });
  private readonly bubbles = new Map<string, HTMLLIElement>();
  private isOpen = false;

  constructor(private readonly events: ViewEvents) {
    this.host = document.createElement('switchboard-widget');
    // Inline !important beats any host-page rule (`* { all: unset }`, `div { display: none }`).
    this.host.style.cssText = 'all: initial !important; display: block !important; position: static !important;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    shadow.append(h('style', {}, WIDGET_CSS), this.root);
    this.launcher.innerHTML = CHAT_ICON; // a constant, never data
    this.launcher.append(this.badge);

    const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close chat' }, '×');
    const form = this.composer;
    form.append(h('label', { for: 'sb-input', class: 'sr-only' }, 'Your message'), this.input, this.sendButton);
    this.log.append(this.welcome);
    this.panel.append(
      h('div', { class: 'header' }, this.logo, h('div', { class: 'titles' }, this.title, this.subtitle), close),
      this.notice,
      this.callback,
      this.log,
      this.away,
      this.status,
      this.humanButton,
      form,
    );
    this.root.append(this.panel, this.launcher, this.live);

    this.launcher.addEventListener('click', () => this.setOpen(!this.isOpen));
    close.addEventListener('click', () => this.setOpen(false));
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.setOpen(false);
      }
    });
    this.humanButton.addEventListener('click', () => {
      this.humanButton.disabled = true;
      this.events.talkToPerson();
    });
    this.awayForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const email = this.awayInput.value.trim();
      if (!email) return;
      this.awayButton.disabled = true;
      this.events.leaveEmail(email);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener('input', () => {
      if (this.input.value.trim()) this.events.typing();
    });
  }

  mount(parent: HTMLElement = document.body): void {
    parent.append(this.host);
  }

  get open(): boolean {
    return this.isOpen;
  }

  setTheme(theme: Theme, welcome: string): void {
    const primary = HEX.test(theme.primaryColor) ? theme.primaryColor : '#2563eb';
    const background = HEX.test(theme.backgroundColor) ? theme.backgroundColor : '#ffffff';
    this.root.style.setProperty('--sb-primary', primary);
    this.root.style.setProperty('--sb-on-primary', textOn(primary));
    this.root.style.setProperty('--sb-bg', background);
    this.root.style.setProperty('--sb-text', textOn(background) === '#ffffff' ? '#f9fafb' : '#1f2937');
    this.root.classList.toggle('left', theme.position === 'left');
    setText(this.title, theme.title);
    setText(this.subtitle, theme.subtitle);
    setText(this.welcome, welcome);
    this.welcome.hidden = !welcome;
    this.launcher.setAttribute('aria-label', `Open chat with ${theme.title}`);
    if (theme.logoUrl && /^https?:/i.test(theme.logoUrl)) {
      this.logo.src = theme.logoUrl;
      this.logo.hidden = false;
    }
  }

  /** The scheduled callback line ("We'll call you on …"), or null to hide it. */
  setCallback(text: string | null): void {
    this.callback.hidden = text === null;
    setText(this.callback, text ?? '');
  }

  setSubtitle(text: string): void {
    setText(this.subtitle, text);
  }

  /** Opens or closes the panel, moving focus to the input / back to the launcher. */
  setOpen(open: boolean): void {
    if (open === this.isOpen) return;
    this.isOpen = open;
    this.panel.hidden = !open;
    this.root.classList.toggle('open', open);
    this.launcher.setAttribute('aria-expanded', String(open));
    this.launcher.setAttribute('aria-label', open ? 'Close chat' : `Open chat with ${this.title.textContent ?? ''}`);
    if (open) {
      this.input.focus();
      this.scrollToEnd();
    } else this.launcher.focus();
    this.events.openChanged(open);
  }

  /** Brings the bubbles in line with the store's entries, reusing unchanged ones. */
  render(entries: Entry[]): void {
    const keep = new Set<string>();
    const atEnd = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 40;
    let previous: Element = this.welcome;
    for (const entry of entries) {
      keep.add(entry.key);
      const li = renderBubble(entry, LABELS, (id) => this.events.retry(id), this.bubbles.get(entry.key));
      this.bubbles.set(entry.key, li);
      if (previous.nextElementSibling !== li) previous.after(li);
      previous = li;
    }
    for (const [key, li] of this.bubbles) {
      if (keep.has(key)) continue;
      li.remove();
      this.bubbles.delete(key);
    }
    if (atEnd) this.scrollToEnd();
  }

  /** Read out by screen readers (the log itself is not live, or drafts would be read token by token). */
  announce(text: string): void {
    setText(this.live, '');
    // A new text node in a cleared region is announced even when the text repeats.
    setTimeout(() => setText(this.live, text), 50);
  }

  setStatus(text: string): void {
    setText(this.status, text);
  }

  setNotice(text: string | null): void {
    this.notice.hidden = !text;
    setText(this.notice, text ?? '');
  }

  /**
   * Nobody can answer now: show the tenant's away message and the e-mail form (null hides it).
   * `sentTo` set: the address was taken; say where the answer will go instead of the form.
   */
  setAway(state: { message: string; sentTo: string | null; error: string | null } | null): void {
    this.away.hidden = !state;
    if (!state) return;
    setText(this.awayText, state.sentTo ? `${state.message} We will answer you at ${state.sentTo}.` : state.message);
    this.awayForm.hidden = !!state.sentTo;
    this.awayError.hidden = !state.error;
    setText(this.awayError, state.error ?? '');
    this.awayButton.disabled = false;
  }

  /** The conversation ended: the survey and "start a new one" replace the composer (null: chatting). */
  setEnded(state: EndedState | null): void {
    if (state && !this.ended) {
      this.ended = new EndedPanel(
        (rating, comment) => this.events.rate(rating, comment),
        () => this.events.startNew(),
      );
      this.composer.after(this.ended.el);
    }
    this.ended?.set(state);
    this.composer.hidden = !!state;
    if (!state && this.isOpen) this.input.focus();
  }

  /** "Talk to a person" shown (the assistant has the conversation) or hidden; `busy` while asking. */
  setTalkToPerson(visible: boolean, busy = false): void {
    this.humanButton.hidden = !visible;
    this.humanButton.disabled = busy;
  }

  setUnread(count: number): void {
    this.badge.hidden = count <= 0;
    setText(this.badge, count > 9 ? '9+' : String(count));
  }

  setBusy(busy: boolean): void {
    this.sendButton.disabled = busy;
  }

  private submit(): void {
    const body = this.input.value.trim();
    if (!body) return;
    this.input.value = '';
    this.events.send(body);
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}

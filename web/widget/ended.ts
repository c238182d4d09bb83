// The panel's end state, in place of the composer once the conversation is resolved or closed:
// the tenant's satisfaction survey (1–5, optional comment; once per resolution), then "Chat ended —
// start a new one", which starts a fresh conversation (a message never silently reopens the old one).
import { h, setText } from './dom.js';

export interface Survey {
  question: string;
  lowLabel: string;
  highLabel: string;
}

export interface EndedState {
  /** The survey to answer; null: none (turned off, or already answered). */
  survey: Survey | null;
  /** The customer rated this resolution (now or earlier): say thanks. */
  thanks: boolean;
  error: string | null;
}

export class EndedPanel {
  readonly el: HTMLElement;
  private readonly question = h('p', { class: 'csat-q', id: 'sb-csat-q' });
  private readonly scale = h('div', { class: 'csat-scale', role: 'group', 'aria-labelledby': 'sb-csat-q' });
  private readonly low = h('span');
  private readonly high = h('span');
  private readonly comment = h('textarea', { id: 'sb-csat-comment', rows: '2', maxlength: '1000', placeholder: 'Tell us more (optional)' });
  private readonly submit = h('button', { type: 'submit', class: 'send', disabled: true }, 'Send rating');
  private readonly error = h('p', { class: 'away-error', role: 'alert', hidden: true });
  private readonly form: HTMLFormElement;
  private readonly thanks = h('p', { class: 'csat-thanks', role: 'status', hidden: true }, 'Thank you for your feedback!');
  private readonly buttons: HTMLButtonElement[] = [];
  private rating = 0;

  constructor(rate: (rating: number, comment: string) => void, startNew: () => void) {
    for (let n = 1; n <= 5; n++) {
      const b = h('button', { type: 'button', class: 'csat-n', 'aria-pressed': 'false' }, String(n));
      b.addEventListener('click', () => this.choose(n));
      this.buttons.push(b);
      this.scale.append(b);
    }
    this.form = h(
      'form',
      { class: 'csat' },
      this.question,
      this.scale,
      h('div', { class: 'csat-labels' }, this.low, this.high),
      h('label', { for: 'sb-csat-comment', class: 'sr-only' }, 'Comment'),
      this.comment,
      this.error,
      this.submit,
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!this.rating) return;
      this.submit.disabled = true;
      rate(this.rating, this.comment.value.trim());
    });
    const again = h('button', { type: 'button', class: 'send new-chat' }, 'Chat ended — start a new one');
    again.addEventListener('click', startNew);
    this.el = h('section', { class: 'ended', hidden: true, 'aria-label': 'Chat ended' }, this.form, this.thanks, again);
  }

  private choose(n: number): void {
    this.rating = n;
    this.buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(i + 1 === n)));
    this.submit.disabled = false;
  }

  /** Shows the end state (null hides it and forgets the last answer). */
  set(state: EndedState | null): void {
    this.el.hidden = !state;
    if (!state) {
      this.rating = 0;
      this.comment.value = '';
      this.buttons.forEach((b) => b.setAttribute('aria-pressed', 'false'));
      return;
    }
    const s = state.survey;
    this.form.hidden = !s || state.thanks;
    if (s) {
      setText(this.question, s.question);
      setText(this.low, `1 = ${s.lowLabel}`);
      setText(this.high, `5 = ${s.highLabel}`);
      this.buttons.forEach((b, i) => b.setAttribute('aria-label', `${i + 1}${i === 0 ? ` (${s.lowLabel})` : i === 4 ? ` (${s.highLabel})` : ''}`));
    }
    this.thanks.hidden = !state.thanks;
    this.error.hidden = !state.error;
    setText(this.error, state.error ?? '');
    this.submit.disabled = !this.rating;
  }
}

// The widget's behaviour: session, conversation, subscriptions, sending, resuming.
//   startWidgetSession -> token (localStorage, per widget key)
//   first message      -> startConversation, subscribe, then sendMessage (see openConversation)
//   live               -> messageAdded(afterSeq = last seq held), assistantDraft, typing, queuePosition
//   resolved / closed  -> the survey (submitCsat, once per resolution) and "Chat ended — start a new
//                         one": the composer is gone, so no message silently reopens the old chat
// The message list itself is the pure MessageStore; the DOM is WidgetView.
import { callbackText } from './callback.js';
import { ApiError, createApi, type Api } from './client.js';
import { MessageStore, type StoredMessage } from './message-store.js';
import { clearConversation, loadState, saveState, type SavedState } from './storage.js';
import { WidgetView } from './view.js';
import type { Survey } from './ended.js';
import {
  AssistantDraftSubscription,
  MessageAddedSubscription,
  MyConversationsQuery,
  QueuePositionSubscription,
  LeaveEmailForReplyMutation,
  RequestHumanAgentMutation,
  SendMessageMutation,
  SetTypingMutation,
  SubmitCsatMutation,
  StartConversationMutation,
  StartWidgetSessionMutation,
  TypingSubscription,
  WidgetConfigQuery,
} from './documents.js';

export interface WidgetOptions {
  widgetKey: string;
  /** Base URL of the Switchboard API (GraphQL at `<apiUrl>/graphql`). */
  apiUrl: string;
  /** Optional customer details the host page passes on. */
  name?: string;
  email?: string;
}

const TYPING_THROTTLE_MS = 3000;
const TYPING_IDLE_MS = 4000;
const OTHER_TYPING_TIMEOUT_MS = 8000;
/** How long the "sending too quickly" notice stays up. */
const RATE_LIMIT_NOTICE_MS = 10_000;
const RECONNECTING_NOTICE_DELAY_MS = 1500;
/** Shown while the server refuses this widget key (the tenant was suspended). */
export const UNAVAILABLE_NOTICE = 'This chat service is unavailable right now. Please try again later.';

export function newClientMessageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID exists only in secure contexts; tenant pages may be plain http.
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

type MyConversation = {
  id: string;
  status: string;
  agentName?: string | null;
  csatRequest?: (Survey & { alreadyRated: boolean }) | null;
  callback?: { startsAt: string; status: string } | null;
};

function waitText(position: number | null, seconds: number | null): string {
  if (position == null) return 'Waiting for an agent…';
  const wait = seconds == null ? '' : seconds < 60 ? ' · less than a minute' : ` · about ${Math.round(seconds / 60)} min`;
  return `You are number ${position} in line${wait}`;
}

export class Widget {
  private readonly api: Api;
  private readonly view: WidgetView;
  private state: SavedState;
  private store = new MessageStore();
  private conversationId: string | null = null;
  /** The idempotencyKey of the conversation being opened (null once it is open). */
  private startKey: string | null = null;
  private assistantName = 'Assistant';
  private agentName: string | null = null;
  /** Messages up to this seq were there before this page load: not announced again. */
  private announceAfterSeq = Number.MAX_SAFE_INTEGER;
  private unsubscribers: (() => void)[] = [];
  private queueWatch: (() => void) | null = null;
  private queueText = '';
  /** The away message while nobody is available (null: someone is, or not waiting). */
  private awayMessage: string | null = null;
  private awaySentTo: string | null = null;
  private typingText = '';
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private lastTypingSent = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Sends run one after another, so messages keep the order they were typed in. */
  private sendQueue: Promise<void> = Promise.resolve();
  private session: Promise<void> | null = null;
  /** The conversation was resolved or closed: its survey (unanswered) and whether it was rated. */
  private ended: { survey: Survey | null; thanks: boolean } | null = null;
  /** The server refuses the widget key now (tenant suspended): say so until a session works again. */
  private unavailable = false;

  constructor(private readonly options: WidgetOptions) {
    this.state = loadState(options.widgetKey);
    const httpUrl = new URL('/graphql', options.apiUrl).toString();
    this.api = createApi({
      httpUrl,
      wsUrl: httpUrl.replace(/^http/, 'ws'),
      token: () => this.state.token,
      onSocket: (s, code) => this.onSocket(s, code),
    });
    this.view = new WidgetView({
      send: (body) => this.send(body),
      retry: (id) => this.retry(id),
      typing: () => this.onOwnTyping(),
      openChanged: (open) => this.onOpenChanged(open),
      leaveEmail: (email) => this.leaveEmail(email),
      rate: (rating, comment) => this.rate(rating, comment),
      startNew: () => this.startNew(),
      talkToPerson: () => this.talkToPerson(),
    });
  }

  /** Loads the tenant's look, shows the launcher and resumes a saved conversation. */
  async start(): Promise<void> {
    let config;
    try {
      ({ widgetConfig: config } = await this.api.queryAnonymous(WidgetConfigQuery, { widgetKey: this.options.widgetKey }));
    } catch (e) {
      // Unknown and suspended keys answer alike. A visitor who chatted here before (a saved
      // session) knows this chat: tell them it is unavailable; otherwise stay hidden.
      if (!(e instanceof ApiError) || e.code !== 'NOT_FOUND' || !this.state.token) throw e;
      this.view.setTheme({ title: 'Chat', subtitle: '', primaryColor: '', backgroundColor: '', position: 'right', logoUrl: null }, '');
      this.view.mount();
      this.setUnavailable(true);
      return;
    }
    this.assistantName = config.assistantName;
    this.view.setTheme(
      {
        title: config.tenantName,
        subtitle: config.assistantName,
        primaryColor: config.branding.primaryColor,
        backgroundColor: config.branding.backgroundColor,
        position: config.branding.position,
        logoUrl: config.branding.logoUrl ?? null,
      },
      config.branding.welcomeMessage || config.greeting,
    );
    this.view.mount();
    if (this.state.conversationId && this.state.token) await this.resume(this.state.conversationId);
  }

  /** After a reload: the saved conversation, its history replayed from seq 0 into the empty list. */
  private async resume(conversationId: string): Promise<void> {
    try {
      const { myConversations } = await this.withSession(() => this.api.query(MyConversationsQuery, {}));
      const conversation = myConversations.find((c) => c.id === conversationId);
      const surveyPending = !!conversation?.csatRequest && !conversation.csatRequest.alreadyRated;
      if (!conversation || (conversation.status === 'CLOSED' && !surveyPending)) {
        clearConversation(this.options.widgetKey);
        this.state = loadState(this.options.widgetKey);
        return;
      }
      this.setAgentName(conversation.agentName ?? null);
      this.announceAfterSeq = conversation.lastSeq;
      this.openConversation(conversationId);
      this.applyStatus(conversation);
    } catch {
      // Offline at load: the launcher still works; the next message retries.
    }
  }

  // ---- session -------------------------------------------------------------------------

  private tokenUsable(): boolean {
    const expires = this.state.expiresAt ? Date.parse(this.state.expiresAt) : 0;
    return !!this.state.token && expires - Date.now() > 60_000;
  }

  /** A valid widget token; an old one resumes the same contact (`contactToken`). */
  private ensureSession(force = false): Promise<void> {
    if (!force && this.tokenUsable()) return Promise.resolve();
    this.session ??= (async () => {
      try {
        const { startWidgetSession: s } = await this.api.mutateAnonymous(StartWidgetSessionMutation, {
          input: { widgetKey: this.options.widgetKey, name: this.options.name, email: this.options.email, contactToken: this.state.token },
        });
        this.state = saveState(this.options.widgetKey, { token: s.token, expiresAt: s.expiresAt });
        this.setUnavailable(false);
      } catch (e) {
        // Unknown and suspended keys answer alike; this key worked before, so the service is down for it.
        if (e instanceof ApiError && e.code === 'NOT_FOUND') this.setUnavailable(true);
        throw e;
      } finally {
        this.session = null;
      }
    })();
    return this.session;
  }

  /** Runs `call` with a session, renewing the token once if the server no longer accepts it. */
  private async withSession<T>(call: () => Promise<T>): Promise<T> {
    await this.ensureSession();
    try {
      return await call();
    } catch (e) {
      if (!(e instanceof ApiError) || e.code !== 'UNAUTHENTICATED') throw e;
      await this.ensureSession(true);
      return call();
    }
  }

  // ---- conversation and subscriptions -----------------------------------------------------

  private openConversation(conversationId: string): void {
    this.conversationId = conversationId;
    this.state = saveState(this.options.widgetKey, { conversationId });
    const vars = () => ({ conversationId });
    this.unsubscribers.push(
      this.api.live(AssistantDraftSubscription, vars, {
        next: ({ assistantDraft: d }) => {
          if (this.store.applyDraft(d)) this.render();
        },
      }),
      // afterSeq is read at every (re)subscribe: a reconnect resumes after the last seq held.
      this.api.live(MessageAddedSubscription, () => ({ conversationId, afterSeq: this.store.lastSeq }), {
        next: ({ messageAdded: m }) => this.onMessage(m as StoredMessage),
      }),
      this.api.live(TypingSubscription, vars, {
        next: ({ typing: t }) => {
          if (t.who !== 'CUSTOMER') this.showOtherTyping(t.typing ? `${t.name ?? this.assistantName} is typing…` : '');
        },
      }),
    );
    this.watchQueue();
  }

  private onMessage(m: StoredMessage): void {
    if (!this.store.addMessage(m)) return;
    if (m.author === 'AGENT' && m.authorName) this.setAgentName(m.authorName);
    if (m.author !== 'CUSTOMER') {
      this.showOtherTyping('');
      if (m.seq > this.announceAfterSeq) this.view.announce(`${m.authorName ?? ''}${m.authorName ? ': ' : ''}${m.body}`);
      // A reply from the assistant or the system may mean a hand-off: look at the queue again.
      if (m.author !== 'AGENT') this.watchQueue();
      // "X joined the conversation" carries no author name, "… marked as resolved" no status: ask
      // how the conversation stands now (also when someone writes again after it ended: reopened).
      // (A scheduled or moved callback is announced by a system message too: re-read it then.)
      if ((m.author === 'SYSTEM' || this.ended) && m.seq > this.announceAfterSeq) this.refreshConversation();
    }
    if (this.view.open) this.markSeen();
    this.render();
  }

  /** `queuePosition` sends the place in line while waiting, then `waiting: false` and completes. */
  private watchQueue(): void {
    if (this.queueWatch || !this.conversationId) return;
    const conversationId = this.conversationId;
    const stop = () => {
      this.queueWatch = null;
    };
    this.queueWatch = this.api.live(QueuePositionSubscription, () => ({ conversationId }), {
      next: ({ queuePosition: q }) => {
        // Nobody will come soon: never "number 1 in line" forever; offer an answer by e-mail.
        const away = q.waiting && q.nobodyAvailable;
        this.queueText = q.waiting && !away ? waitText(q.position ?? null, q.estimatedWaitSeconds ?? null) : '';
        this.awayMessage = away ? q.awayMessage || 'Nobody can answer right now. Leave your e-mail address and we will answer by e-mail.' : null;
        this.renderAway(null);
        this.updateStatus();
      },
      complete: stop,
      error: stop,
    });
  }

  private renderAway(error: string | null): void {
    this.view.setAway(this.awayMessage === null ? null : { message: this.awayMessage, sentTo: this.awaySentTo, error });
  }

  private leaveEmail(email: string): void {
    const conversationId = this.conversationId;
    if (!conversationId) return;
    this.api
      .mutate(LeaveEmailForReplyMutation, { input: { conversationId, email } })
      .then(() => {
        this.awaySentTo = email.toLowerCase();
        this.renderAway(null);
      })
      .catch((e: unknown) => this.renderAway(e instanceof Error && /e-mail/.test(e.message) ? 'Please check the address.' : 'Could not send, please try again.'));
  }

  private refreshConversation(): void {
    const id = this.conversationId;
    this.api
      .query(MyConversationsQuery, {})
      .then(({ myConversations }) => {
        const c = myConversations.find((x) => x.id === id);
        if (!c || id !== this.conversationId) return;
        this.setAgentName(c.agentName ?? null);
        this.applyStatus(c);
      })
      .catch(() => undefined); // the next system message asks again
  }

  private setAgentName(name: string | null): void {
    if (!name) return;
    this.agentName = name;
    if (!this.ended) this.view.setSubtitle(`Chatting with ${this.agentName}`);
  }

  /** Resolved or closed: the chat has ended (survey, then "start a new one"); open again: back to chatting. */
  private applyStatus(c: MyConversation): void {
    this.view.setCallback(callbackText(c.callback));
    this.view.setTalkToPerson(c.status === 'BOT');
    if (c.status === 'RESOLVED' || c.status === 'CLOSED') {
      const r = c.csatRequest;
      this.ended = { survey: r && !r.alreadyRated ? r : null, thanks: !!r?.alreadyRated };
      this.queueText = '';
      this.awayMessage = null;
      this.renderAway(null);
      this.updateStatus();
      this.view.setSubtitle('Chat ended');
      this.view.setEnded({ ...this.ended, error: null });
    } else if (this.ended) {
      this.ended = null;
      this.view.setEnded(null);
      this.view.setSubtitle(this.agentName ? `Chatting with ${this.agentName}` : this.assistantName);
      this.watchQueue();
    }
  }

  private rate(rating: number, comment: string): void {
    const conversationId = this.conversationId;
    if (!conversationId || !this.ended) return;
    const done = () => {
      if (!this.ended || conversationId !== this.conversationId) return;
      this.ended.thanks = true;
      this.view.setEnded({ ...this.ended, error: null });
    };
    this.withSession(() => this.api.mutate(SubmitCsatMutation, { input: { conversationId, rating, comment: comment || null } }))
      .then(done)
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'CONFLICT') return done(); // rated already (another tab)
        if (this.ended) this.view.setEnded({ ...this.ended, error: e instanceof ApiError && e.code === 'BAD_USER_INPUT' ? e.message : 'Could not send, please try again.' });
      });
  }

  /**
   * "Talk to a person": the same path as asking in words (requestHumanAgent), opening the
   * conversation first when there is none yet. The "in line" system message that follows
   * re-reads the conversation, which hides the button.
   */
  private talkToPerson(): void {
    this.view.setTalkToPerson(true, true);
    this.sendQueue = this.sendQueue.then(async () => {
      try {
        await this.withSession(async () => {
          if (!this.conversationId) {
            this.startKey ??= newClientMessageId();
            const { startConversation } = await this.api.mutate(StartConversationMutation, { input: { idempotencyKey: this.startKey } });
            this.startKey = null;
            this.announceAfterSeq = 0;
            this.openConversation(startConversation.conversationId);
          }
          await this.api.mutate(RequestHumanAgentMutation, { input: { conversationId: this.conversationId! } });
        });
        this.view.setTalkToPerson(false);
        this.refreshConversation();
      } catch {
        this.view.setTalkToPerson(true);
        this.view.setNotice('Could not reach a person, please try again.');
        clearTimeout(this.noticeTimer);
        this.noticeTimer = setTimeout(() => this.view.setNotice(null), RATE_LIMIT_NOTICE_MS);
      }
    });
  }

  /** "Chat ended — start a new one": a fresh conversation opens with the next message. */
  private startNew(): void {
    this.resetConversation();
    this.render();
  }

  private showOtherTyping(text: string): void {
    clearTimeout(this.typingTimer);
    this.typingText = text;
    // A lost "stopped typing" event must not leave the indicator on forever.
    if (text) this.typingTimer = setTimeout(() => this.showOtherTyping(''), OTHER_TYPING_TIMEOUT_MS);
    this.updateStatus();
  }

  private updateStatus(): void {
    this.view.setStatus(this.typingText || this.queueText);
  }

  private setUnavailable(unavailable: boolean): void {
    if (this.unavailable === unavailable) return;
    this.unavailable = unavailable;
    clearTimeout(this.noticeTimer);
    this.view.setNotice(unavailable ? UNAVAILABLE_NOTICE : null);
  }

  private onSocket(state: 'connected' | 'closed', closeCode?: number): void {
    clearTimeout(this.noticeTimer);
    // 4403: the server refused the token (expired, or the contact was reset); 4401: it revoked
    // it while open (e.g. the tenant was suspended). Renew it before graphql-ws retries, since
    // connectionParams reads the current token; a refused renewal says the service is unavailable.
    if (closeCode === 4403 || closeCode === 4401) this.ensureSession(true).catch(() => undefined);
    if (state === 'connected') this.view.setNotice(null);
    else if (this.unavailable) this.view.setNotice(UNAVAILABLE_NOTICE);
    else if (this.conversationId) {
      // Brief blips stay silent; a longer outage is shown until the socket is back.
      this.noticeTimer = setTimeout(() => this.view.setNotice(this.unavailable ? UNAVAILABLE_NOTICE : 'Connection lost. Reconnecting…'), RECONNECTING_NOTICE_DELAY_MS);
    }
  }

  // ---- sending ---------------------------------------------------------------------------

  private send(body: string): void {
    const clientMessageId = newClientMessageId();
    this.store.addPending(clientMessageId, body);
    this.render();
    this.deliver(clientMessageId, body);
  }

  private retry(clientMessageId: string): void {
    const body = this.store.pendingBody(clientMessageId);
    if (body === undefined) return;
    this.store.addPending(clientMessageId, body);
    this.render();
    this.deliver(clientMessageId, body);
  }

  private deliver(clientMessageId: string, body: string, isRetryInNewConversation = false): void {
    this.stopOwnTyping();
    this.sendQueue = this.sendQueue.then(async () => {
      try {
        await this.withSession(async () => {
          // The conversation is opened without a body so the subscriptions are up before the
          // first message starts the assistant: its first answer streams like every other one.
          if (!this.conversationId) {
            // One key per conversation we mean to open, kept until it is open: a retry after a
            // lost answer (this message's retry button, or the next message) gets the same one.
            this.startKey ??= newClientMessageId();
            const { startConversation } = await this.api.mutate(StartConversationMutation, { input: { idempotencyKey: this.startKey } });
            this.startKey = null;
            this.announceAfterSeq = 0;
            this.openConversation(startConversation.conversationId);
          }
          const { sendMessage } = await this.api.mutate(SendMessageMutation, {
            input: { conversationId: this.conversationId!, body, clientMessageId },
          });
          this.onMessage(sendMessage.message as StoredMessage);
        });
      } catch (e) {
        const closed = e instanceof ApiError && e.code === 'BAD_USER_INPUT' && e.field === 'conversationId';
        if (closed && !isRetryInNewConversation) {
          // The agent closed the conversation: start a new one with this message.
          this.resetConversation();
          this.store.addPending(clientMessageId, body);
          this.render();
          this.deliver(clientMessageId, body, true);
          return;
        }
        if (e instanceof ApiError && e.code === 'RATE_LIMITED') {
          // The server's message says how long to wait; the message stays failed, with its retry button.
          this.view.setNotice(e.message);
          clearTimeout(this.noticeTimer);
          this.noticeTimer = setTimeout(() => this.view.setNotice(null), RATE_LIMIT_NOTICE_MS);
        }
        this.store.markFailed(clientMessageId);
        this.render();
      }
    });
  }

  private resetConversation(): void {
    for (const stop of this.unsubscribers) stop();
    this.queueWatch?.();
    this.unsubscribers = [];
    this.queueWatch = null;
    this.conversationId = null;
    // Seqs start again at 1 in the next conversation.
    this.store = new MessageStore();
    this.agentName = null;
    this.ended = null;
    this.view.setEnded(null);
    this.view.setTalkToPerson(true);
    this.view.setSubtitle(this.assistantName);
    clearConversation(this.options.widgetKey);
    this.state = loadState(this.options.widgetKey);
  }

  /** Tells the agent the customer is typing, at most every few seconds. */
  private onOwnTyping(): void {
    if (!this.conversationId) return;
    const now = Date.now();
    if (now - this.lastTypingSent > TYPING_THROTTLE_MS) {
      this.lastTypingSent = now;
      this.setTyping(true);
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stopOwnTyping(), TYPING_IDLE_MS);
  }

  private stopOwnTyping(): void {
    clearTimeout(this.idleTimer);
    if (!this.lastTypingSent) return;
    this.lastTypingSent = 0;
    this.setTyping(false);
  }

  private setTyping(typing: boolean): void {
    const conversationId = this.conversationId;
    if (!conversationId) return;
    // Typing is a hint: a failure is not worth telling anyone about.
    this.api.mutate(SetTypingMutation, { input: { conversationId, typing } }).catch(() => undefined);
  }

  // ---- panel -----------------------------------------------------------------------------

  private onOpenChanged(open: boolean): void {
    if (!open) return;
    this.markSeen();
    // A callback moved or cancelled since (no message says so): read the conversation again.
    if (this.conversationId) this.refreshConversation();
  }

  private markSeen(): void {
    if ((this.state.seenSeq ?? 0) < this.store.lastSeq) this.state = saveState(this.options.widgetKey, { seenSeq: this.store.lastSeq });
    this.view.setUnread(0);
  }

  private render(): void {
    this.view.render(this.store.entries());
    if (!this.view.open) {
      const seen = this.state.seenSeq ?? 0;
      this.view.setUnread(this.store.messages().filter((m) => m.seq > seen && m.author !== 'CUSTOMER').length);
    }
  }
}

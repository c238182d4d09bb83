/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accept an invitation: choose a password and sign in. */
export type AcceptInvitationInput = {
  /** Your name, if you want to change the one the admin typed. */
  displayName?: string | null | undefined;
  /** Your password (at least 10 characters). */
  password: string;
  /** The token from the invitation link. */
  token: string;
};

/** What kind of caller made a change. */
export type ActorKind =
  /** A caller who was not signed in (e.g. a password-reset request). */
  | 'ANONYMOUS'
  /** Partner code with an API key (`actorId` is the key id). */
  | 'API_KEY'
  /** A widget client (`actorId` is the contact id). */
  | 'CONTACT'
  /** Switchboard itself (automations, jobs). */
  | 'SYSTEM'
  /** A staff member (`actorId` is the user id). */
  | 'USER';

/** One change in an approval’s history. */
export type ApprovalAction =
  /** An approver approved it (final). */
  | 'APPROVED'
  /** An approver passed it on to another approver (`fromUserName` → `toUserName`); still open. */
  | 'ESCALATED'
  /** It was given to another approver (`fromUserName` → `toUserName`); still open. */
  | 'REASSIGNED'
  /** An approver rejected it, with a reason (final). */
  | 'REJECTED'
  /** Someone asked for the approval. */
  | 'REQUESTED';

/** APPROVE or REJECT (final; REJECT needs a reason), or ESCALATE to another approver (a manager or tenant admin). */
export type ApprovalDecision =
  /** Approve the proposed action (final). */
  | 'APPROVE'
  /** Pass it to `escalateToUserId` (a manager or tenant admin); the approval stays open with status ESCALATED. */
  | 'ESCALATE'
  /** Reject it; a `reason` is required (final). */
  | 'REJECT';

/** Narrow an approval list; conditions combine with AND. */
export type ApprovalFilter = {
  /** Only those of this conversation (another tenant’s: NOT_FOUND). */
  conversationId?: string | number | null | undefined;
  /** True: only those you are the approver of. */
  mine?: boolean | null | undefined;
  /** Any of these statuses (e.g. `[PENDING, ESCALATED]` for the open queue). */
  status?: Array<ApprovalStatus> | null | undefined;
  /** Only those about this ticket. */
  ticketId?: string | number | null | undefined;
};

/** What kind of action is proposed. */
export type ApprovalKind =
  /** Cancel an order, subscription or booking. */
  | 'CANCELLATION'
  /** Make an exception to a policy. */
  | 'EXCEPTION'
  /** Anything else; the summary says what. */
  | 'OTHER'
  /** Give money back (usually with `amount` and `currency`). */
  | 'REFUND';

/** Who asked (or acted): a staff USER, the ASSISTANT, or an API_KEY. */
export type ApprovalRequesterKind =
  /** A partner integration, through an API key. */
  | 'API_KEY'
  /** The AI assistant, during a conversation. */
  | 'ASSISTANT'
  /** A staff user (`requester` names them). */
  | 'USER';

/** PENDING → APPROVED or REJECTED (final); ESCALATED: handed to another approver, still waiting for a decision. */
export type ApprovalStatus =
  /** Approved (final). */
  | 'APPROVED'
  /** Passed on to another approver; still waiting for a decision. */
  | 'ESCALATED'
  /** Waiting for a decision. */
  | 'PENDING'
  /** Rejected, with a reason (final). */
  | 'REJECTED';

/** How soon the requester needs a decision. */
export type ApprovalUrgency =
  /** Needed soon, e.g. a customer is waiting for it. */
  | 'HIGH'
  /** No hurry: decide when convenient. */
  | 'LOW'
  /** The usual urgency. */
  | 'NORMAL';

/** Give a ticket to a person, or to nobody. */
export type AssignTicketInput = {
  /** The new assignee (null: unassign). Yourself needs `tickets.update`; anyone else (or taking it from someone) `tickets.assign`. */
  assigneeId?: string | number | null | undefined;
  /** The version you read (CONFLICT if stale). */
  expectedVersion?: number | null | undefined;
  /** The ticket's id. */
  id: string | number;
};

/** An attendee’s answer (iCalendar PARTSTAT): NEEDS_ACTION (not answered), ACCEPTED, DECLINED, TENTATIVE. A DECLINED attendee is not busy for conflicts and free slots. */
export type AttendeeResponse =
  /** Will attend. */
  | 'ACCEPTED'
  /** Will not attend (the meeting then does not block their calendar). */
  | 'DECLINED'
  /** Invited, no answer yet. */
  | 'NEEDS_ACTION'
  /** Might attend. */
  | 'TENTATIVE';

/** Narrow the audit log; all given conditions must hold. */
export type AuditLogFilter = {
  /** Exact action, e.g. `apikey.created`. */
  action?: string | null | undefined;
  /** Only changes by this user, API key or contact. */
  actorId?: string | number | null | undefined;
  /** Only changes by this kind of caller. */
  actorKind?: ActorKind | null | undefined;
  /** At or after this instant. */
  from?: string | null | undefined;
  /** Only changes to this object. */
  resourceId?: string | null | undefined;
  /** Exact resource type, e.g. `ApiKey`. */
  resourceType?: string | null | undefined;
  /** Before this instant. */
  to?: string | null | undefined;
};

/** Who wrote a message. */
export type Author =
  /** A staff member (`authorName` names them). */
  | 'AGENT'
  /** The AI assistant. */
  | 'AI'
  /** The customer: the contact the conversation belongs to. */
  | 'CUSTOMER'
  /** The platform itself: joins, transfers, hand-offs, callback notices, approval outcomes. */
  | 'SYSTEM';

/** What an automation rule does (its parameters: `automationRuleLanguage.actions`). */
export type AutomationActionType =
  /** Add an internal note to the ticket (`text`, 1–5,000 characters). */
  | 'addInternalComment'
  /** Add a tag (`tag`). */
  | 'addTag'
  /** Assign the ticket to a person (`userId`). */
  | 'assign'
  /** Raise or lower the priority by `steps` (−3…3, not 0), within LOW…URGENT. */
  | 'boostPriority'
  /** Escalate an OPEN or PENDING ticket, optionally to a `queueId` and `priority`. */
  | 'escalate'
  /** Send an AUTOMATION_RULE notification to a queue's members (`queueId`). */
  | 'notifyQueue'
  /** Send an AUTOMATION_RULE notification to people (`userIds`, 1–50). */
  | 'notifyUsers'
  /** Remove a tag (`tag`). */
  | 'removeTag'
  /** Set the ticket priority (`priority`). */
  | 'setPriority'
  /** Move the ticket to a queue (`queueId`). */
  | 'setQueue'
  /** Scale SLA targets by `factor` (0.1–10); recorded, not applied yet. */
  | 'slaMultiplier'
  /** Remove the ticket's assignee. */
  | 'unassign'
  /** Call a URL (`url`, optional `delaySeconds`); recorded as SCHEDULED. */
  | 'webhook';

/** An event an automation rule can react to (docs/api.md, "Automation rules"). */
export type AutomationEvent =
  /** The assistant handed a conversation to humans. */
  | 'CONVERSATION_HANDED_OFF'
  /** A message was written in a conversation. */
  | 'MESSAGE_CREATED'
  /** A ticket's SLA target passed its at-risk share. */
  | 'SLA_AT_RISK'
  /** A ticket's SLA target passed its due time. */
  | 'SLA_BREACHED'
  /** A ticket was created. */
  | 'TICKET_CREATED'
  /** A ticket was escalated. */
  | 'TICKET_ESCALATED'
  /** Any field of a ticket changed. */
  | 'TICKET_UPDATED';

/** The type of a condition field: which operators and values it takes. */
export type AutomationFieldType =
  /** true or false: eq, neq, isSet, isNotSet. */
  | 'boolean'
  /** One of the field's listed `values`: eq, neq, in, notIn, isSet, isNotSet. */
  | 'enum'
  /** A number: eq, neq, gt, gte, lt, lte, isSet, isNotSet. */
  | 'number'
  /** A queue id of your tenant (or null): eq, neq, in, notIn, isSet, isNotSet. */
  | 'queueId'
  /** Text: eq, neq, in, notIn, contains, isSet, isNotSet. */
  | 'string'
  /** A list of tags: contains (has this tag), in (any of these), notIn (none of these), isSet, isNotSet. */
  | 'tags'
  /** A user id of your tenant (or null): eq, neq, in, notIn, isSet, isNotSet. */
  | 'userId';

/** A comparison operator of the condition language. */
export type AutomationOp =
  /** Text contains the value, or the tags hold this tag. */
  | 'contains'
  /** Equals the value. */
  | 'eq'
  /** Greater than the value. */
  | 'gt'
  /** Greater than or equal to the value. */
  | 'gte'
  /** Is one of the listed values (tags: has any of them). */
  | 'in'
  /** Has no value (null or empty). */
  | 'isNotSet'
  /** Has a value (not null, not empty). */
  | 'isSet'
  /** Less than the value. */
  | 'lt'
  /** Less than or equal to the value. */
  | 'lte'
  /** Differs from the value. */
  | 'neq'
  /** Is none of the listed values (tags: has none of them). */
  | 'notIn';

/** The type of an action parameter (queueId/userId: an id of your tenant). */
export type AutomationParamType =
  /** A whole number (range in the action's description). */
  | 'int'
  /** A decimal number (range in the action's description). */
  | 'number'
  /** LOW, MEDIUM, HIGH or URGENT. */
  | 'priority'
  /** A queue id of your tenant. */
  | 'queueId'
  /** A tag, 1–50 characters (stored lower-case). */
  | 'tag'
  /** Free text. */
  | 'text'
  /** An http(s) URL without credentials. */
  | 'url'
  /** A staff user id of your tenant. */
  | 'userId'
  /** A list of staff user ids of your tenant. */
  | 'userIds';

/** A rule to check without saving (every part optional: missing parts are reported as problems). */
export type AutomationRuleDraftInput = {
  /** The actions as a JSON list, in order: `[{ "type": "setQueue", "queueId": "…" }, …]` (1–20). */
  actions?: unknown;
  /** The condition tree as JSON (docs/api.md, "Automation rules"); omitted or null: always. */
  conditions?: unknown;
  /** Description (up to 1,000 characters). */
  description?: string | null | undefined;
  /** Name (1–100 characters). */
  name?: string | null | undefined;
  /** When the rule runs. */
  trigger?: AutomationTriggerInput | null | undefined;
};

/** The moment a TIME_BASED rule counts its minutes from (LAST_AGENT_REPLY counts from creation while no agent has replied). */
export type AutomationTimeAnchor =
  /** The ticket's last assignment. */
  | 'ASSIGNED'
  /** The last public agent reply (creation while there is none). */
  | 'LAST_AGENT_REPLY'
  /** The customer's last message. */
  | 'LAST_CUSTOMER_MESSAGE'
  /** The ticket's creation. */
  | 'TICKET_CREATED'
  /** The ticket's last change. */
  | 'TICKET_UPDATED';

/** EVENT with `events`, or TIME_BASED with `after` and `minutes`. */
export type AutomationTriggerInput = {
  /** TIME_BASED: what the minutes count from. */
  after?: AutomationTimeAnchor | null | undefined;
  /** EVENT: one or more events. */
  events?: Array<AutomationEvent> | null | undefined;
  /** EVENT or TIME_BASED. */
  kind: AutomationTriggerKind;
  /** TIME_BASED: 1–43,200 minutes. */
  minutes?: number | null | undefined;
};

/** EVENT: when one of the listed events happens. TIME_BASED: a number of minutes after a moment, with the conditions still true. */
export type AutomationTriggerKind =
  /** Runs when one of the trigger's `events` happens. */
  | 'EVENT'
  /** Runs `minutes` after the trigger's `after` anchor, if the conditions still hold then. */
  | 'TIME_BASED';

/** Whether an agent takes new conversations. */
export type Availability =
  /** Away for a while: gets no new conversations, keeps the open ones. */
  | 'AWAY'
  /** Working, but gets no new conversations. */
  | 'BUSY'
  /** Signed off (or silent for 60 s: no heartbeat); gets no new conversations. */
  | 'OFFLINE'
  /** Takes new conversations. */
  | 'ONLINE';

/** The opening ranges of one weekday; a weekday left out is closed. */
export type BusinessDayHoursInput = {
  /** Not overlapping; any order (stored sorted). */
  ranges: Array<TimeRangeInput>;
  /** The day these ranges apply to. */
  weekday: Weekday;
};

/** Narrow a canned response list. */
export type CannedResponseFilter = {
  /** Case-insensitive match on the shortcut or the body. */
  search?: string | null | undefined;
};

/** Change your own password. */
export type ChangeMyPasswordInput = {
  /** Your current password. */
  currentPassword: string;
  /** The new password (at least 10 characters). */
  newPassword: string;
};

/** Where the conversation came from. */
export type Channel =
  /** Created by a partner through the API. */
  | 'API'
  /** An e-mail thread. */
  | 'EMAIL'
  /** The chat widget on the tenant's site. */
  | 'WIDGET';

/** A public reply to the customer or an internal note. */
export type CommentOnTicketInput = {
  /** 1–20,000 characters. */
  body: string;
  /** The version you read (CONFLICT if stale). */
  expectedVersion?: number | null | undefined;
  /** The ticket's id. */
  id: string | number;
  /** True: the customer sees it (a public reply); false: internal. */
  public?: boolean;
};

/** Close a meeting: COMPLETED (default) or NO_SHOW, with optional notes. */
export type CompleteMeetingInput = {
  /** The meeting's id. */
  id: string | number;
  /** Replaces the notes. */
  notes?: string | null | undefined;
  /** COMPLETED (default) or NO_SHOW. */
  status?: MeetingStatus | null | undefined;
};

/** Narrow a conversation list; all given conditions must hold. */
export type ConversationFilter = {
  /** Only conversations assigned to this staff user. */
  assigneeId?: string | number | null | undefined;
  /** Only this customer's conversations. */
  contactId?: string | number | null | undefined;
  /** Only conversations opened at or after this time. */
  createdFrom?: string | null | undefined;
  /** Only conversations opened before this time. */
  createdTo?: string | null | undefined;
  /** Only conversations answered by the AI or by humans. */
  handler?: Handler | null | undefined;
  /** Only conversations assigned to me. */
  mine?: boolean | null | undefined;
  /** Only conversations in this queue. */
  queueId?: string | number | null | undefined;
  /** Case-insensitive match on the subject or the contact’s name or e-mail. */
  search?: string | null | undefined;
  /** Only conversations in one of these statuses. */
  statuses?: Array<ConversationStatus> | null | undefined;
  /** Only conversations without an assignee. */
  unassigned?: boolean | null | undefined;
};

/** Names a conversation. */
export type ConversationIdInput = {
  /** The conversation's id (NOT_FOUND outside your tenant, or for a widget client, outside its own conversations). */
  conversationId: string | number;
};

/** Sort order of a conversation list. */
export type ConversationOrder =
  /** Newest first. */
  | 'CREATED_AT_DESC'
  /** Most recently changed first. */
  | 'UPDATED_AT_DESC'
  /** Longest waiting first (the queue view). */
  | 'WAITING_SINCE_ASC';

/** BOT (the assistant answers) → WAITING (queued for a human) → OPEN (a human has it) → RESOLVED → CLOSED. */
export type ConversationStatus =
  /** The AI assistant is answering. */
  | 'BOT'
  /** Closed for good; no more messages. */
  | 'CLOSED'
  /** An agent has it. */
  | 'OPEN'
  /** Done; a new customer message reopens it. */
  | 'RESOLVED'
  /** Handed to humans, waiting in a queue for an agent. */
  | 'WAITING';

/** Create a partner API key. */
export type CreateApiKeyInput = {
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". */
  idempotencyKey?: string | null | undefined;
  /** A name to recognise the key by (1–100 characters). */
  name: string;
  /** The key's own budget in points per hour (100 – 1,000,000,000). Omitted or null: the default for API keys (see `rateLimit`, docs/api.md "Limits and budgets"). */
  pointsPerHour?: number | null | undefined;
  /** Permission codes the key holds: at least one, each one you hold yourself (see `viewer.permissions`). */
  scopes: Array<string>;
  /** Platform admins only: the tenant the key belongs to. */
  tenantId?: string | number | null | undefined;
};

/** A new rule, added after the last one. An invalid rule: BAD_USER_INPUT with `extensions.field` (the path of the first problem) and `extensions.problems` (all). */
export type CreateAutomationRuleInput = {
  /** The actions as a JSON list, in order: `[{ "type": "setQueue", "queueId": "…" }, …]` (1–20). */
  actions: unknown;
  /** The condition tree as JSON (docs/api.md, "Automation rules"); omitted or null: always. */
  conditions?: unknown;
  /** Description (up to 1,000 characters). */
  description?: string | null | undefined;
  /** Default true. */
  enabled?: boolean | null | undefined;
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". */
  idempotencyKey?: string | null | undefined;
  /** Name (1–100 characters). */
  name: string;
  /** First-match-wins (default false). */
  stopProcessing?: boolean | null | undefined;
  /** When the rule runs. */
  trigger: AutomationTriggerInput;
};

/** A new canned response. */
export type CreateCannedResponseInput = {
  /** The template, 1–5,000 characters (see `CannedResponse.body` for variables). */
  body: string;
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". */
  idempotencyKey?: string | null | undefined;
  /** True: shared by the whole tenant (needs `conversations.manage`). False or omitted: personal, only yours. */
  shared?: boolean | null | undefined;
  /** 1–40 of `a-z 0-9 _ -`, starting with a letter or digit; unique among the tenant’s shared responses (shared) or your own (personal): else CONFLICT. */
  shortcut: string;
  /** What it is for, 1–120 characters (optional; blank means none). */
  title?: string | null | undefined;
};

/** A new SLA policy (added last unless `position` says otherwise). */
export type CreateSlaPolicyInput = {
  /** Between 0 and 1, exclusive; default 0.8. */
  atRiskShare?: number | null | undefined;
  /** Default true (business hours). */
  businessHours?: boolean | null | undefined;
  /** A calendar of this tenant; null: queue or tenant default. */
  calendarId?: string | number | null | undefined;
  /** Which tickets it applies to; leave out for a fallback policy that applies when no other matches. */
  conditions?: SlaConditionsInput | null | undefined;
  /** Default true. */
  enabled?: boolean | null | undefined;
  /** 1–525,600 (a year), or null for no target. */
  firstResponseMinutes?: number | null | undefined;
  /** 1–100 characters. */
  name: string;
  /** Each later customer message answered within this many minutes; null: no target. */
  nextResponseMinutes?: number | null | undefined;
  /** Resolved within this many minutes; null: no target. */
  resolutionMinutes?: number | null | undefined;
};

/** A new task (status TODO). */
export type CreateTaskInput = {
  /** An active staff user of your tenant (default: nobody). */
  assigneeId?: string | number | null | undefined;
  /** A conversation of your tenant. */
  conversationId?: string | number | null | undefined;
  /** Up to 20,000 characters. */
  description?: string | null | undefined;
  /** When it is due. Give this or `dueInBusinessMinutes`, not both. */
  dueAt?: string | null | undefined;
  /** Due this many business minutes from now, in your tenant’s business calendar (opening hours, holidays); 24/7 without a calendar. 1–525,600. */
  dueInBusinessMinutes?: number | null | undefined;
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". */
  idempotencyKey?: string | null | undefined;
  /** A meeting of your tenant. */
  meetingId?: string | number | null | undefined;
  /** Board position (default: after every other task). */
  position?: number | null | undefined;
  /** Default MEDIUM. */
  priority?: Priority | null | undefined;
  /** Up to 20 tags of 1–50 characters (stored lower-case). */
  tags?: Array<string> | null | undefined;
  /** A ticket of your tenant. */
  ticketId?: string | number | null | undefined;
  /** 1–200 characters. */
  title: string;
};

/** Platform admins: create a tenant and invite its first admin. */
export type CreateTenantInput = {
  /** E-mail of the first tenant admin (receives the invitation token). */
  adminEmail: string;
  /** Name of the first tenant admin. */
  adminName: string;
  /** Display name. */
  name: string;
  /** Unique short name, 2–63 lowercase letters, digits or dashes. */
  slug: string;
  /** IANA time zone (default UTC). */
  timezone?: string | null | undefined;
};

/** Turn a conversation into a ticket with its packaged context. */
export type CreateTicketFromConversationInput = {
  /** Yourself (`tickets.update`) or anyone (`tickets.assign`). */
  assigneeId?: string | number | null | undefined;
  /** Default: the classification’s. */
  category?: string | null | undefined;
  /** The conversation (its subject, contact, transcript and the assistant’s classification are copied). */
  conversationId: string | number;
  /** The ticket's description; default: the conversation's summary. */
  description?: string | null | undefined;
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". */
  idempotencyKey?: string | null | undefined;
  /** Default: the classification’s, else the conversation’s. */
  priority?: Priority | null | undefined;
  /** Queue to put the ticket in; default: the conversation's queue. */
  queueId?: string | number | null | undefined;
  /** Default: the conversation’s subject, else the customer’s first line. */
  subject?: string | null | undefined;
  /** Up to 20 tags of 1–50 characters (stored lower-case). */
  tags?: Array<string> | null | undefined;
};

/** A new ticket. */
export type CreateTicketInput = {
  /** Yourself (`tickets.update`) or anyone active in your tenant (`tickets.assign`). */
  assigneeId?: string | number | null | undefined;
  /** Up to 100 characters. */
  category?: string | null | undefined;
  /** WIDGET, API, EMAIL, CONSOLE… (default: API for API keys, CONSOLE for staff). */
  channel?: string | null | undefined;
  /** The customer (a contact of your tenant). */
  contactId?: string | number | null | undefined;
  /** A conversation to link (use createTicketFromConversation to package its transcript). */
  conversationId?: string | number | null | undefined;
  /** Up to 20,000 characters. */
  description?: string | null | undefined;
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". */
  idempotencyKey?: string | null | undefined;
  /** Up to 100 characters. */
  intent?: string | null | undefined;
  /** Default MEDIUM. */
  priority?: Priority | null | undefined;
  /** A queue of your tenant. */
  queueId?: string | number | null | undefined;
  /** 1–300 characters. */
  subject: string;
  /** Up to 20 tags of 1–50 characters (stored lower-case). */
  tags?: Array<string> | null | undefined;
};

/** Add a staff member; they receive an invitation token to choose a password. */
export type CreateUserInput = {
  /** Name shown to colleagues and customers (1–200 characters). */
  displayName: string;
  /** Sign-in address; unique among the platform's users (CONFLICT otherwise). */
  email: string;
  /** Default 3. */
  maxConcurrentChats?: number | null | undefined;
  /** TENANT_ADMIN, MANAGER, AGENT or VIEWER. */
  role: Role;
  /** Team name for reports and team metrics; null: no team. */
  team?: string | null | undefined;
  /** Platform admins: the tenant to add the user to. */
  tenantId?: string | number | null | undefined;
};

/** Register a webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** A note about the endpoint (up to 500 characters). */
  description?: string | null | undefined;
  /** False registers it disabled (default true). */
  enabled?: boolean | null | undefined;
  /** Events to deliver: at least one. */
  events: Array<WebhookEventType>;
  /** Platform admins only: the tenant the endpoint belongs to. */
  tenantId?: string | number | null | undefined;
  /** HTTPS URL that receives the deliveries (http only for localhost outside production). */
  url: string;
};

/** Approve, reject or escalate an approval that is still PENDING or ESCALATED. */
export type DecideApprovalInput = {
  /** APPROVE, REJECT (needs `reason`) or ESCALATE (needs `escalateToUserId`). */
  decision: ApprovalDecision;
  /** ESCALATE only, required: the manager or tenant admin who decides next. */
  escalateToUserId?: string | number | null | undefined;
  /** The approval request's id. */
  id: string | number;
  /** Why; required for REJECT (1–2,000 characters). */
  reason?: string | null | undefined;
};

/** Delete a rule (its run history goes with it). */
export type DeleteAutomationRuleInput = {
  /** The rule to delete. */
  id: string | number;
};

/** Delete a canned response (shared ones need `conversations.manage`). */
export type DeleteCannedResponseInput = {
  /** The canned response to delete. */
  id: string | number;
};

/** Delete an SLA policy; its open tickets move to the next matching policy. */
export type DeleteSlaPolicyInput = {
  /** The policy's id. */
  id: string | number;
};

/** Delete a webhook endpoint with its delivery log. */
export type DeleteWebhookEndpointInput = {
  /** The endpoint to delete. */
  id: string | number;
};

/** Escalate a ticket (status ESCALATED); the reason goes into its history. */
export type EscalateTicketInput = {
  /** The version you read (CONFLICT if stale). */
  expectedVersion?: number | null | undefined;
  /** The ticket's id. */
  id: string | number;
  /** Why (1–1,000 characters). */
  reason: string;
};

/** Which report to export and its arguments (the same as the query's). */
export type ExportReportInput = {
  /** Sums and averages in business seconds (SERIES, OPERATORS, TEAMS). */
  businessHoursOnly?: boolean | null | undefined;
  /** SERIES: breakdown (TENANT by default). */
  dimension?: KpiDimension | null | undefined;
  /** Start of the period (inclusive). */
  from: string;
  /** SERIES: bucket size (DAY by default). */
  granularity?: KpiGranularity | null | undefined;
  /** SERIES: the metric (required). */
  metric?: KpiMetric | null | undefined;
  /** The report. */
  report: ReportKind;
  /** Platform admins only: the tenant to export. */
  tenantId?: string | number | null | undefined;
  /** End of the period (exclusive). */
  to: string;
};

/** Who answers the customer now: the AI assistant or a HUMAN agent. */
export type Handler =
  /** The AI assistant answers. */
  | 'AI'
  /** A person answers (or will, once assigned). */
  | 'HUMAN';

/** Where the assistant's hand-off threshold comes from. */
export type HandoffMode =
  /** Computed by the tenant's own knowledge calibration (see `knowledgeCoverage`); the manual value serves until the first calibration is ready. */
  | 'AUTO'
  /** The manual `handoffThreshold`, whatever the calibration says. */
  | 'MANUAL';

/** A closed local date. */
export type HolidayInput = {
  /** YYYY-MM-DD. */
  date: string;
  /** 1–100 characters; default "Holiday". */
  name?: string | null | undefined;
};

/** Holidays from an iCalendar (.ics) file. */
export type ImportHolidaysInput = {
  /** The calendar to add the holidays to. */
  calendarId: string | number;
  /** The file’s text (at most 1 MB). Each VEVENT covers its DTSTART date through DTEND (exclusive for dates); yearly fixed-date RRULEs repeat for five years ahead. */
  ics: string;
  /** True: replace the holidays; false or omitted: add to them. */
  replace?: boolean | null | undefined;
};

/** Many documents at once: all are stored or none (the error names the first bad one). */
export type ImportKnowledgeInput = {
  /** 1–500 documents; each one’s own `publish` is ignored in favour of `publish` below. */
  documents: Array<KnowledgeDocumentInput>;
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". */
  idempotencyKey?: string | null | undefined;
  /** Publish them all (needs `kb.publish`). */
  publish?: boolean | null | undefined;
};

/** Background indexing of a published document: PENDING (queued), INDEXING (with progress), INDEXED, FAILED (see indexingError; retried automatically), NOT_INDEXED (a draft). */
export type IndexingStatus =
  /** Indexing failed (`indexingError` says why); retried automatically, or with `reindexKnowledge`. */
  | 'FAILED'
  /** Searchable by the assistant. */
  | 'INDEXED'
  /** Being chunked and embedded now. */
  | 'INDEXING'
  /** Not searchable (a draft, or unpublished). */
  | 'NOT_INDEXED'
  /** Queued for indexing. */
  | 'PENDING';

/** Where the calibration of a tenant's knowledge stands. */
export type KnowledgeCoverageStatus =
  /** A calibration is queued or running (the knowledge changed, or `recalibrateKnowledge` was called); the previous operating point, if any, stays in force meanwhile. */
  | 'CALIBRATING'
  /** No calibration has run yet (none is queued); the manual threshold serves. */
  | 'NOT_CALIBRATED'
  /** Too little published knowledge to calibrate on (fewer than 3 answerable probes); the manual threshold serves. */
  | 'NOT_ENOUGH_KNOWLEDGE'
  /** The latest calibration is done and its threshold is in force (in AUTO mode). */
  | 'READY';

/** One knowledge document. */
export type KnowledgeDocumentIdInput = {
  /** The document's id. */
  id: string | number;
};

/** A new article or FAQ. For a FAQ, `title` is the question and `body` the answer. */
export type KnowledgeDocumentInput = {
  /** Markdown article body or FAQ answer, 1–100,000 characters. */
  body: string;
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". Ignored on the documents of importKnowledgeDocuments (give the import its own key). */
  idempotencyKey?: string | null | undefined;
  /** ARTICLE (title + body) or FAQ (question in `title`, answer in `body`). */
  kind: KnowledgeKind;
  /** Publish at once (needs `kb.publish`): the assistant can use it when indexing finishes. */
  publish?: boolean | null | undefined;
  /** Up to 20 tags, each 1–50 characters. */
  tags?: Array<string> | null | undefined;
  /** Article title or FAQ question, 1–300 characters. */
  title: string;
};

/** Narrow the labelled examples. */
export type KnowledgeExampleFilter = {
  /** Only this kind (UNANSWERABLE: the worklist). */
  kind?: KnowledgeExampleKind | null | undefined;
  /** True: only resolved; false: only open; omitted: both. */
  resolved?: boolean | null | undefined;
};

/** What the team said about a customer question. */
export type KnowledgeExampleKind =
  /** “Our knowledge answers this”: a hand-off the assistant should have answered, with the article that answers it. */
  | 'ANSWERABLE'
  /** “Wrong / not in our knowledge”: the assistant answered a question the knowledge base does not answer. */
  | 'UNANSWERABLE';

/** Narrow a knowledge list. */
export type KnowledgeFilter = {
  /** Only articles or only FAQs. */
  kind?: KnowledgeKind | null | undefined;
  /** Case-insensitive match on title or body. */
  search?: string | null | undefined;
  /** Only drafts or only published documents. */
  status?: KnowledgeStatus | null | undefined;
  /** Documents carrying this tag. */
  tag?: string | null | undefined;
};

/** ARTICLE (title + Markdown body) or FAQ (question + answer). */
export type KnowledgeKind =
  /** An article: a title and a Markdown body. */
  | 'ARTICLE'
  /** A question (`title`) and its answer (`body`). */
  | 'FAQ';

/** Whether a calibration probe is a question the knowledge base answers. */
export type KnowledgeProbeKind =
  /** The tenant's knowledge answers it: it should not be handed off. */
  | 'ANSWERABLE'
  /** The tenant's knowledge does not answer it: it should be handed off. */
  | 'UNANSWERABLE';

/** Where a calibration probe comes from. */
export type KnowledgeProbeSource =
  /** An everyday request that is not a support question (a shipped sample of HWU64, CC BY 4.0, Liu et al. 2019). */
  | 'EVERYDAY_REQUEST'
  /** An FAQ question of the tenant, as written. */
  | 'FAQ_QUESTION'
  /** A deterministic rewording of an FAQ question. */
  | 'FAQ_REWORDING'
  /** An article heading turned into a question. */
  | 'HEADING'
  /** A question the tenant's team labelled (`knowledge_examples`). */
  | 'LABELLED_EXAMPLE'
  /** A customer-support question of another business (a shipped sample of the Bitext customer-support set, CDLA-Sharing-1.0), kept only when no word of it names anything in this knowledge base. */
  | 'OTHER_DOMAIN'
  /** A key sentence of an article turned into a question by a template. */
  | 'SENTENCE'
  /** An article title turned into a question. */
  | 'TITLE';

/** Only PUBLISHED documents are used by the assistant. */
export type KnowledgeStatus =
  /** Not used by the assistant. */
  | 'DRAFT'
  /** Indexed and used by the assistant. */
  | 'PUBLISHED';

/** What a figure is broken down by: the whole tenant, or per agent (user id), team (name), queue (id) or channel. */
export type KpiDimension =
  /** One series per agent (`key` is the user id). */
  | 'AGENT'
  /** One series per channel (`key`: WIDGET, API, EMAIL). */
  | 'CHANNEL'
  /** One series per queue (`key` is the queue id). */
  | 'QUEUE'
  /** One series per team (`key` is the team name). */
  | 'TEAM'
  /** One series for the whole tenant. */
  | 'TENANT';

/** Bucket size of a series. DAY, WEEK (ISO weeks, Monday first) and MONTH are tenant-local calendar buckets from the daily rollups; HOUR is UTC hours from the hourly rollups (tenant dimension only). */
export type KpiGranularity =
  /** Days of the tenant's time zone. */
  | 'DAY'
  /** UTC hours (TENANT dimension only, at most 93 days). */
  | 'HOUR'
  /** Calendar months of the tenant's time zone. */
  | 'MONTH'
  /** Weeks (Monday first) of the tenant's time zone. */
  | 'WEEK';

/** A reporting event name: one row in `reporting_events` per fact, folded into the rollups under the same name. Definitions: docs/kpis.md. */
export type KpiMetric =
  /** A span an agent was AWAY; value = its seconds. */
  | 'AGENT_AWAY'
  /** A span an agent was BUSY; value = its seconds. */
  | 'AGENT_BUSY'
  /** A span an agent was ONLINE; value = its seconds. */
  | 'AGENT_ONLINE'
  /** AI resolution: not reopened within 72 h (Zendesk). */
  | 'AI_RESOLVED_72H'
  /** AI resolution: the customer confirmed the answer solved it. */
  | 'AI_RESOLVED_CONFIRMED'
  /** AI resolution: the customer left without asking for more (Intercom). */
  | 'AI_RESOLVED_LEFT'
  /** The assistant handed the conversation to people. */
  | 'BOT_HANDOFF'
  /** A resolution while the assistant held the conversation (a subset of RESOLUTION). */
  | 'BOT_RESOLVED'
  /** A conversation was created (value: none). */
  | 'CONVERSATION_OPENED'
  /** A customer rated a conversation (attributes: `rating` 1–5, `aiOnly`). */
  | 'CSAT_RECEIVED'
  /** The conversation became a ticket. */
  | 'ESCALATED_TO_TICKET'
  /** First-contact resolution: resolved in the first cycle, no reopen within 72 h, no transfer, no escalation to a ticket. */
  | 'FCR'
  /** A conversation's first resolution (cycle 1): the denominator of FCR %. */
  | 'FIRST_RESOLUTION'
  /** First public human reply of a cycle; value = reply − the later of creation and the last bot hand-off/reopen (bot and system messages never count). */
  | 'FIRST_RESPONSE'
  /** A resolved conversation was reopened. */
  | 'REOPENED'
  /** A public human reply; value = reply − waiting since (the customer message it answers). */
  | 'REPLY'
  /** A conversation was resolved (every resolution cycle, by a person or the assistant); value = resolution − start of the resolution cycle. */
  | 'RESOLUTION'
  /** A ticket SLA target was met. */
  | 'SLA_MET'
  /** A ticket SLA target was missed. */
  | 'SLA_MISSED'
  /** A person moved the conversation to another person or queue. */
  | 'TRANSFERRED';

/** Where to send the answer when nobody can answer now. */
export type LeaveEmailForReplyInput = {
  /** Your conversation. */
  conversationId: string | number;
  /** Your e-mail address. */
  email: string;
};

/** Staff sign-in. */
export type LoginInput = {
  /** Sign-in e-mail. */
  email: string;
  /** The user's password (checked in constant time; a wrong one is UNAUTHENTICATED). */
  password: string;
  /** Slug of the tenant to sign in to; omit for platform admins. */
  tenantSlug?: string | null | undefined;
};

/** End a session. */
export type LogoutInput = {
  /** End every session of the signed-in user, on every device (access tokens stop working at once). */
  everywhere?: boolean;
  /** Refresh token of the session to end. */
  refreshToken?: string | null | undefined;
};

/** What an outgoing e-mail is for. */
export type MailKind =
  /** An invitation to join a tenant (link to /accept). */
  | 'INVITATION'
  /** One notification sent by e-mail (e.g. a meeting reminder). */
  | 'NOTIFICATION'
  /** Several notifications in one e-mail. */
  | 'NOTIFICATION_DIGEST'
  /** A password-reset link (valid 1 hour). */
  | 'PASSWORD_RESET'
  /** A public ticket reply sent to the customer by e-mail. */
  | 'TICKET_REPLY';

/** Where an outgoing e-mail stands. */
export type MailStatus =
  /** Delivery gave up after repeated failures; `lastError` says why. */
  | 'FAILED'
  /** Waiting for a delivery attempt (retried with back-off after a failure). */
  | 'QUEUED'
  /** The SMTP server accepted it. */
  | 'SENT'
  /** No SMTP server is configured (SMTP_URL): the mail is kept here and nothing is sent. */
  | 'STORED';

/** Label an AI answer “wrong / not in our knowledge”. */
export type MarkAnswerNotInKnowledgeInput = {
  /** The assistant’s message (author AI). The customer message before it becomes the example’s question. */
  messageId: string | number;
  /** Why (optional, 1–1,000 characters; blank means none). */
  note?: string | null | undefined;
};

/** Label a hand-off “our knowledge answers this”, with the article. Name the conversation or the customer message. */
export type MarkHandoffAnswerableInput = {
  /** A conversation the assistant handed off: its question is the last customer message before the hand-off. */
  conversationId?: string | number | null | undefined;
  /** The PUBLISHED article or FAQ of your tenant that answers it. */
  documentId: string | number;
  /** Or: the customer message (author CUSTOMER) that asked the question. */
  messageId?: string | number | null | undefined;
  /** A note (optional, 1–1,000 characters; blank means none). */
  note?: string | null | undefined;
};

/** Mark notifications read: name them (`ids`), or all of yours (`all: true`). Exactly one of the two. */
export type MarkNotificationsReadInput = {
  /** True: every unread notification of yours. */
  all?: boolean | null | undefined;
  /** Your notifications to mark read (1–100). Any id that is not one of yours: NOT_FOUND, and nothing is marked. */
  ids?: Array<string | number> | null | undefined;
};

/** A meeting, by id. */
export type MeetingIdInput = {
  /** The meeting's id. */
  id: string | number;
};

/** SCHEDULED until it is COMPLETED, CANCELLED or marked NO_SHOW (the customer did not show up). */
export type MeetingStatus =
  /** Called off; no longer blocks calendars. */
  | 'CANCELLED'
  /** Took place. */
  | 'COMPLETED'
  /** The customer (or attendee) did not come. */
  | 'NO_SHOW'
  /** Planned; can still be changed or cancelled. */
  | 'SCHEDULED';

/** What a meeting is for. */
export type MeetingType =
  /** A call back to a customer, scheduled from a conversation or ticket. */
  | 'CALLBACK'
  /** A product demonstration. */
  | 'DEMO'
  /** Anything else. */
  | 'OTHER'
  /** A planning meeting. */
  | 'PLANNING'
  /** A review (of a case, a ticket, an account). */
  | 'REVIEW'
  /** A team stand-up. */
  | 'STANDUP';

/** Why you were notified. */
export type NotificationKind =
  /** An approval you asked for was decided. */
  | 'APPROVAL_DECIDED'
  /** An approval waits for your decision. */
  | 'APPROVAL_WAITING'
  /** A conversation or ticket was assigned to you (by someone else or by routing). */
  | 'ASSIGNED'
  /** An automation rule asked for you (or your queue) to be told about a ticket or conversation. */
  | 'AUTOMATION_RULE'
  /** A ticket of a queue you belong to was escalated. */
  | 'ESCALATED_TO_QUEUE'
  /** A meeting you attend starts soon (its `reminderMinutes` before). */
  | 'MEETING_REMINDER'
  /** Someone wrote `@Your Name` in an internal note. */
  | 'MENTIONED'
  /** An SLA target of a ticket (yours, or of your queue) is close to its due time. */
  | 'SLA_AT_RISK'
  /** An SLA target of a ticket (yours, or of your queue) passed its due time. */
  | 'SLA_BREACHED'
  /** A customer replied on a ticket of yours. */
  | 'TICKET_REPLY'
  /** A webhook endpoint of your tenant failed for 24 hours and was disabled (admins). */
  | 'WEBHOOK_DISABLED';

/** What a notification is about (`subjectId` names it). */
export type NotificationSubjectKind =
  /** `subjectId` is an approval request id. */
  | 'APPROVAL'
  /** `subjectId` is a conversation id. */
  | 'CONVERSATION'
  /** `subjectId` is a meeting id. */
  | 'MEETING'
  /** `subjectId` is a task id. */
  | 'TASK'
  /** `subjectId` is a ticket id. */
  | 'TICKET';

/** Narrow the outbox. */
export type OutboxMessageFilter = {
  /** Only mails of this kind. */
  kind?: MailKind | null | undefined;
  /** Only mails with this status. */
  status?: MailStatus | null | undefined;
  /** Case-insensitive match on the recipient address. */
  to?: string | null | undefined;
};

/** Urgency. */
export type Priority =
  /** Before normal work. */
  | 'HIGH'
  /** Whenever there is time. */
  | 'LOW'
  /** Normal (the default). */
  | 'MEDIUM'
  /** Now; sorted first. */
  | 'URGENT';

/** Give an open approval to another approver (managers: `approvals.decide` and `tickets.assign`). */
export type ReassignApprovalInput = {
  /** A manager or tenant admin of the tenant. */
  approverId: string | number;
  /** The approval request's id (it must still be open). */
  id: string | number;
};

/** Send a delivery again now (same `webhook-id`, a fresh timestamp and signature). */
export type RedeliverWebhookInput = {
  /** The delivery to send again. */
  deliveryId: string | number;
};

/** Trade a refresh token for a new session. */
export type RefreshSessionInput = {
  /** The latest refresh token of the session. */
  refreshToken: string;
};

/** The new evaluation order. */
export type ReorderAutomationRulesInput = {
  /** Every rule of your tenant, each once, first to be evaluated first. A rule missing or named twice: BAD_USER_INPUT; an unknown id: NOT_FOUND. */
  ids: Array<string | number>;
};

/** The new order: every policy id of the tenant, first tried first. */
export type ReorderSlaPoliciesInput = {
  /** Every SLA policy id of your tenant in the new order, first tried first. */
  ids: Array<string | number>;
};

/** Which report `exportReport` writes as CSV (each uses the same function as its query). */
export type ReportKind =
  /** The rows of `hourlyStats`. */
  | 'HOURLY'
  /** The rows of `operatorPerformance`. */
  | 'OPERATORS'
  /** The rows of `kpiSeries`. */
  | 'SERIES'
  /** The rows of `teamMetrics`. */
  | 'TEAMS';

/** Narrow the drill-down; all given conditions must hold. */
export type ReportingEventFilter = {
  /** Only this agent's events. */
  agentId?: string | number | null | undefined;
  /** Only events of this channel (WIDGET, API, EMAIL). */
  channel?: string | null | undefined;
  /** Only events of this conversation. */
  conversationId?: string | number | null | undefined;
  /** Events that ended at or after this instant. */
  from?: string | null | undefined;
  /** Only events of this metric. */
  metric?: KpiMetric | null | undefined;
  /** Only events in this queue. */
  queueId?: string | number | null | undefined;
  /** Events that ended before this instant. */
  to?: string | null | undefined;
};

/** Propose an action for someone with `approvals.decide` to approve. Link it to a conversation or a ticket (at least one). */
export type RequestApprovalInput = {
  /** Amount of money, ≥ 0, at most two decimals; needs `currency`. */
  amount?: number | null | undefined;
  /** Who should decide: a manager or tenant admin of your tenant. Omitted: anyone with `approvals.decide`. */
  approverId?: string | number | null | undefined;
  /** The conversation it is about (needs `conversations.reply`); the decision is posted there. */
  conversationId?: string | number | null | undefined;
  /** ISO 4217 code (three letters, e.g. `EUR`); needs `amount`. */
  currency?: string | null | undefined;
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". */
  idempotencyKey?: string | null | undefined;
  /** What kind of action is proposed. */
  kind: ApprovalKind;
  /** Default MEDIUM. */
  priority?: Priority | null | undefined;
  /** What will be done when approved, 1–2,000 characters. */
  proposedAction: string;
  /** One line, 1–200 characters. */
  summary: string;
  /** The ticket it is about (needs `tickets.update`). */
  ticketId?: string | number | null | undefined;
  /** Default NORMAL. */
  urgency?: ApprovalUrgency | null | undefined;
};

/** Ask for a human agent. */
export type RequestHumanInput = {
  /** The conversation to hand to a person. */
  conversationId: string | number;
  /** Staff: the queue to route through (default: the conversation’s queue or the tenant’s default). */
  queueId?: string | number | null | undefined;
};

/** Set a new password with a one-time reset token. */
export type ResetPasswordInput = {
  /** The new password (at least 10 characters). */
  newPassword: string;
  /** The token from the reset link. */
  token: string;
};

/** Close an example of the worklist. */
export type ResolveKnowledgeExampleInput = {
  /** The FAQ or article written for it (must be PUBLISHED, of your tenant). Omitted: dismissed without one. */
  documentId?: string | number | null | undefined;
  /** The example. */
  id: string | number;
};

/** Your answer to an invitation (you must be an attendee). */
export type RespondToMeetingInput = {
  /** The meeting's id. */
  id: string | number;
  /** Your answer. */
  response: AttendeeResponse;
};

/** Revoke an API key. */
export type RevokeApiKeyInput = {
  /** Id of the key to revoke. */
  id: string | number;
};

/** What a staff member may do; the permission matrix maps each role to permission codes. */
export type Role =
  /** Answers conversations and tickets. */
  | 'AGENT'
  /** Supervises agents, queues and reports. */
  | 'MANAGER'
  /** Operates the platform across tenants. */
  | 'PLATFORM_ADMIN'
  /** Administers one tenant: users, keys, settings, knowledge. */
  | 'TENANT_ADMIN'
  /** Read-only access. */
  | 'VIEWER';

/** Make a new widget identity secret. */
export type RotateIdentitySecretInput = {
  /** Defaults to your own tenant. */
  id?: string | number | null | undefined;
};

/** Replace an endpoint's signing secret. */
export type RotateWebhookSecretInput = {
  /** The endpoint. */
  id: string | number;
  /** Hours (0–24, default 24) during which the previous secret still signs too; 0 retires it at once. */
  overlapHours?: number | null | undefined;
};

/** A CALLBACK meeting from a conversation or a ticket: the assignee (or you) and the contact attend; the customer is told the time in their time zone. */
export type ScheduleCallbackInput = {
  /** Schedule even when the agent is busy. */
  allowConflicts?: boolean | null | undefined;
  /** The conversation (or give `ticketId`). */
  conversationId?: string | number | null | undefined;
  /** The customer’s IANA time zone (e.g. from the widget’s browser); default the tenant’s. */
  customerTimezone?: string | null | undefined;
  /** Default 15, 5–240. */
  durationMinutes?: number | null | undefined;
  /** When to call the customer. */
  startsAt: string;
  /** The ticket (or give `conversationId`). */
  ticketId?: string | number | null | undefined;
  /** Title (default “Callback: <contact>”). */
  title?: string | null | undefined;
};

/** A new meeting. The organizer is you (or `organizerId`, with `meetings.manage`) and is always an attendee. */
export type ScheduleMeetingInput = {
  /** Schedule even when an attendee is busy (else CONFLICT naming the clashing meeting and attendee). */
  allowConflicts?: boolean | null | undefined;
  /** Contacts of your tenant to invite. */
  attendeeContactIds?: Array<string | number> | null | undefined;
  /** Staff users of your tenant to invite. */
  attendeeUserIds?: Array<string | number> | null | undefined;
  /** Link to a conversation of your tenant. */
  conversationId?: string | number | null | undefined;
  /** End; after `startsAt`, at most 24 h later. */
  endsAt: string;
  /** Starts of occurrences to leave out. */
  exceptionDates?: Array<string> | null | undefined;
  /** Where it takes place (a room, an address), up to 500 characters. */
  location?: string | null | undefined;
  /** http(s) URL of the video call. */
  meetingUrl?: string | null | undefined;
  /** Notes for the attendees, up to 20,000 characters. */
  notes?: string | null | undefined;
  /** Organizer (default: you). */
  organizerId?: string | number | null | undefined;
  /** RRULE: `FREQ=DAILY|WEEKLY` with optional `INTERVAL`, `BYDAY` (weekly) and `COUNT` or `UNTIL`. */
  recurrence?: string | null | undefined;
  /** Reminder this many minutes before each occurrence (default 15; 0: none; at most 10080). */
  reminderMinutes?: number | null | undefined;
  /** Start (of the first occurrence). */
  startsAt: string;
  /** Link to a ticket of your tenant. */
  ticketId?: string | number | null | undefined;
  /** IANA time zone (default: the tenant’s). */
  timezone?: string | null | undefined;
  /** 1–200 characters. */
  title: string;
  /** Default OTHER. */
  type?: MeetingType | null | undefined;
};

/** A message from the customer (widget) or an agent. */
export type SendMessageInput = {
  /** 1–10,000 characters, stored as text exactly as sent. */
  body: string;
  /** Your idempotency key (1–100 characters, unique per message in this conversation): sending again with the same key returns the stored message. The same key with another body, author or privacy: CONFLICT. */
  clientMessageId: string;
  /** The conversation to write in. */
  conversationId: string | number;
  /** Agents: an internal note the customer never sees. */
  private?: boolean | null | undefined;
};

/** Send a `webhook.test` event to one endpoint. */
export type SendTestWebhookInput = {
  /** The endpoint to test (it need not be enabled). */
  endpointId: string | number;
};

/** Choose your availability for new conversations. */
export type SetAvailabilityInput = {
  /** ONLINE, AWAY, BUSY, or OFFLINE (stays OFFLINE across heartbeats until you choose again). */
  availability: Availability;
};

/** Typing on/off. */
export type SetTypingInput = {
  /** The conversation you are typing in. */
  conversationId: string | number;
  /** True when you start typing, false when you stop. */
  typing: boolean;
};

/** A draft rule and how many of your newest tickets to replay it over. */
export type SimulateAutomationRuleInput = {
  /** How many of the newest tickets (and, for conversation events, conversations without a ticket): 1–5,000. */
  last: number;
  /** The rule as createAutomationRule would take it (invalid: BAD_USER_INPUT, `extensions.field` = `rule.<path>`). */
  rule: AutomationRuleDraftInput;
};

/** When a policy applies; leave everything out for a fallback policy. */
export type SlaConditionsInput = {
  /** LOW, MEDIUM, HIGH, URGENT. */
  priorities?: Array<string> | null | undefined;
  /** Queues of this tenant. */
  queueIds?: Array<string | number> | null | undefined;
  /** Any of these tags (1–50 characters each, at most 50). */
  tagsAny?: Array<string> | null | undefined;
  /** true: only VIP contacts; false: only non-VIP contacts; null: either. */
  vip?: boolean | null | undefined;
};

/** Where an SLA target stands: ACTIVE (running), AT_RISK (most of its time used), BREACHED (due time passed, still open), MET (done in time), MISSED (done late). */
export type SlaState =
  /** The clock runs; the due time is still comfortably ahead. */
  | 'ACTIVE'
  /** Past the policy's at-risk share of the target, not yet due. */
  | 'AT_RISK'
  /** Past the due time and still not met. */
  | 'BREACHED'
  /** Met in time. */
  | 'MET'
  /** Met, but after the due time. */
  | 'MISSED';

/** A widget client opens a conversation, optionally with its first message. */
export type StartConversationInput = {
  /** First message (1–10,000 characters). */
  body?: string | null | undefined;
  /** Idempotency key of the first message. */
  clientMessageId?: string | null | undefined;
  /** Your key for this conversation (1–100 characters, e.g. a UUID made once per conversation): sending the same request again with it returns the conversation it opened instead of opening another. See docs/api.md, "Retrying safely". */
  idempotencyKey: string;
  /** What the conversation is about, up to 200 characters. */
  subject?: string | null | undefined;
};

/** Start (or resume) a widget session as an end customer of the tenant owning `widgetKey`. */
export type StartWidgetSessionInput = {
  /** A widget token issued earlier (e.g. kept by the widget across page loads): resumes that contact when it is still valid for this tenant, else a new contact starts. */
  contactToken?: string | null | undefined;
  /** Customer’s e-mail address, up to 320 characters. */
  email?: string | null | undefined;
  /** The host site’s own id for a signed-in customer, up to 200 characters. Used only together with a valid `identityHash`; without one it is ignored and the customer is anonymous. */
  externalId?: string | null | undefined;
  /** Hex HMAC-SHA256 of `externalId` with the tenant’s identity secret, computed by the host site’s server. A wrong hash is BAD_USER_INPUT. */
  identityHash?: string | null | undefined;
  /** Customer’s name, up to 200 characters. */
  name?: string | null | undefined;
  /** The tenant’s public widget key (from the `<script>` tag). */
  widgetKey: string;
};

/** A customer rates the resolution of their own conversation. */
export type SubmitCsatInput = {
  /** Optional comment, up to 1,000 characters. */
  comment?: string | null | undefined;
  /** Your conversation; it must be RESOLVED (or CLOSED). */
  conversationId: string | number;
  /** 1 (worst) to 5 (best); anything else is BAD_USER_INPUT. */
  rating: number;
};

/** Write the meeting’s summary from its linked conversation or ticket. */
export type SummarizeMeetingContextInput = {
  /** The meeting whose linked conversation or ticket to summarize. */
  meetingId: string | number;
};

/** Who created a task: a staff USER, a partner API_KEY, or the SYSTEM (e.g. for a scheduled callback). */
export type TaskCreatorKind =
  /** A partner integration through an API key. */
  | 'API_KEY'
  /** The platform, e.g. the task of a scheduled callback. */
  | 'SYSTEM'
  /** A staff user (`createdBy`). */
  | 'USER';

/** Narrow a task list; all given conditions apply. */
export type TaskFilter = {
  /** Assigned to this user (another tenant’s user: NOT_FOUND). */
  assigneeId?: string | number | null | undefined;
  /** Linked to this conversation (another tenant’s: NOT_FOUND). */
  conversationId?: string | number | null | undefined;
  /** Linked to this meeting. */
  meetingId?: string | number | null | undefined;
  /** True: only tasks assigned to you ("my tasks"). */
  mine?: boolean | null | undefined;
  /** True: only open tasks (not DONE or CANCELLED) past their due time; false: only the others. */
  overdue?: boolean | null | undefined;
  /** Any of these statuses. */
  status?: Array<TaskStatus> | null | undefined;
  /** Carrying this tag (case-insensitive). */
  tag?: string | null | undefined;
  /** Linked to this ticket (another tenant’s: NOT_FOUND). */
  ticketId?: string | number | null | undefined;
};

/** TODO → IN_PROGRESS → REVIEW → DONE; CANCELLED from any open status; DONE and CANCELLED can be reopened to TODO. */
export type TaskStatus =
  /** Dropped. */
  | 'CANCELLED'
  /** Finished (`completedAt` set); counts in team progress. */
  | 'DONE'
  /** Someone is working on it. */
  | 'IN_PROGRESS'
  /** Done, waiting for a check. */
  | 'REVIEW'
  /** Not started. */
  | 'TODO';

/** Assistant settings to change; omitted fields stay as they are. */
export type TenantAssistantInput = {
  /** 0–1, not below handoffThreshold. */
  autoResolveThreshold?: number | null | undefined;
  /** Target share of unanswerable questions handed off, 0.5–0.99; takes effect at the next calibration (`recalibrateKnowledge`). */
  coverageTarget?: number | null | undefined;
  /** Up to 500 characters. */
  greeting?: string | null | undefined;
  /** AUTO: use the calibrated threshold; MANUAL: use `handoffThreshold`. */
  handoffMode?: HandoffMode | null | undefined;
  /** The manual threshold, 0–1. Setting it without `handoffMode` switches the mode to MANUAL (an override). */
  handoffThreshold?: number | null | undefined;
  /** Claude model for answers (e.g. claude-sonnet-5-5, claude-haiku-5-5); empty string: back to the deployment default. */
  model?: string | null | undefined;
  /** Up to 60 characters. */
  name?: string | null | undefined;
  /** Up to 2,000 characters. */
  persona?: string | null | undefined;
  /** The tenant's own word variants, replacing the list saved before (at most 200 groups); `[]` removes them. A variant in a question is also searched as its full form where the knowledge uses it. */
  wordVariants?: Array<WordVariantGroupInput> | null | undefined;
};

/** Branding fields to change; omitted fields stay as they are. */
export type TenantBrandingInput = {
  /** Up to 500 characters: shown when nobody can answer now. */
  awayMessage?: string | null | undefined;
  /** #rrggbb */
  backgroundColor?: string | null | undefined;
  /** https URL of the logo; empty string removes it. */
  logoUrl?: string | null | undefined;
  /** `left` or `right`. */
  position?: string | null | undefined;
  /** #rrggbb */
  primaryColor?: string | null | undefined;
  /** Up to 500 characters. */
  welcomeMessage?: string | null | undefined;
};

/** CSAT survey settings to change; omitted fields stay as they are. */
export type TenantCsatInput = {
  /** Ask customers to rate a conversation (1–5) once it is resolved. */
  enabled?: boolean | null | undefined;
  /** Word under rating 5, 1–40 characters. */
  highLabel?: string | null | undefined;
  /** Word under rating 1, 1–40 characters. */
  lowLabel?: string | null | undefined;
  /** The question, 1–200 characters. */
  question?: string | null | undefined;
};

/** Names a tenant. */
export type TenantIdInput = {
  /** The tenant's id. */
  id: string | number;
};

/** Whether a tenant may use the platform. */
export type TenantStatus =
  /** Working normally. */
  | 'ACTIVE'
  /** Its users, API keys and widget are refused until a platform admin reactivates it. */
  | 'SUSPENDED';

/** What a ticket history entry records. */
export type TicketAction =
  /** About an approval linked to the ticket (approvals keep their own history in `ApprovalRequest.history`). */
  | 'APPROVAL'
  /** The assignee changed. */
  | 'ASSIGNED'
  /** The ticket was closed (final). */
  | 'CLOSED'
  /** A public reply or internal note was added (`comment`, `public`). */
  | 'COMMENTED'
  /** The ticket was created. */
  | 'CREATED'
  /** The ticket was escalated (`comment` holds the reason). */
  | 'ESCALATED'
  /** A resolved ticket was reopened. */
  | 'REOPENED'
  /** The ticket was resolved. */
  | 'RESOLVED'
  /** An SLA target became at risk. */
  | 'SLA_AT_RISK'
  /** An SLA target was breached. */
  | 'SLA_BREACHED'
  /** Fields changed (`before`/`after` list them). */
  | 'UPDATED';

/** Who made a change: a staff USER, a partner API_KEY, an automation RULE, the SYSTEM (SLA clocks), or the customer (CONTACT). */
export type TicketActorKind =
  /** A partner integration (`actorId` is the API key id). */
  | 'API_KEY'
  /** The customer (e.g. a reply by e-mail). */
  | 'CONTACT'
  /** An automation rule (`actorId` is the rule id). */
  | 'RULE'
  /** The platform (SLA clocks, hand-offs). */
  | 'SYSTEM'
  /** A staff user (`actorId` is the user id). */
  | 'USER';

/** Narrow a ticket list; all given conditions apply. */
export type TicketFilter = {
  /** Assigned to this user (another tenant’s user: NOT_FOUND). */
  assigneeId?: string | number | null | undefined;
  /** Of this contact. */
  contactId?: string | number | null | undefined;
  /** Made from this conversation. */
  conversationId?: string | number | null | undefined;
  /** True: only tickets assigned to you. */
  mine?: boolean | null | undefined;
  /** Any of these priorities. */
  priorities?: Array<Priority> | null | undefined;
  /** In this queue (another tenant’s queue: NOT_FOUND). */
  queueId?: string | number | null | undefined;
  /** Words in the subject or description (each word as a prefix, all must match); a number also matches the ticket number. */
  search?: string | null | undefined;
  /** Whose overall SLA state is any of these. */
  slaStates?: Array<SlaState> | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<TicketStatus> | null | undefined;
  /** Carrying this tag (case-insensitive). */
  tag?: string | null | undefined;
  /** True: only tickets nobody has. */
  unassigned?: boolean | null | undefined;
};

/** Names a ticket (resolve, reopen, close). */
export type TicketIdInput = {
  /** The version you read (CONFLICT if stale). */
  expectedVersion?: number | null | undefined;
  /** The ticket's id. */
  id: string | number;
};

/** Order of a ticket list. */
export type TicketOrder =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first. */
  | 'CREATED_AT_DESC'
  /** URGENT first, then HIGH, MEDIUM, LOW. */
  | 'PRIORITY'
  /** Resolution due soonest first; tickets without a due time last. */
  | 'RESOLUTION_DUE_AT'
  /** Most recently changed first. */
  | 'UPDATED_AT';

/** OPEN ⇄ PENDING (waiting on the customer), ESCALATED, RESOLVED (may be reopened), CLOSED (final). */
export type TicketStatus =
  /** Closed for good; no more changes. */
  | 'CLOSED'
  /** Escalated to a higher tier or queue; still open. */
  | 'ESCALATED'
  /** Being worked on. */
  | 'OPEN'
  /** Waiting for the customer or a third party; back to OPEN with `updateTicket(status)`. */
  | 'PENDING'
  /** Solved; can be reopened. */
  | 'RESOLVED';

/** Opening hours within one day: "HH:MM" start (inclusive) to end (exclusive, up to 24:00). */
export type TimeRangeInput = {
  /** Closing time "HH:MM", after `start`, up to 24:00, exclusive. */
  end: string;
  /** Opening time "HH:MM" (00:00–23:59), inclusive. */
  start: string;
};

/** Hand a conversation to another agent or back to a queue. */
export type TransferConversationInput = {
  /** The conversation to transfer. */
  conversationId: string | number;
  /** Your key for this request (1–100 characters, e.g. a UUID made once per intended change): a retry with the same key and input returns the first answer instead of changing anything twice; the same key with other input: CONFLICT. Kept for 24 hours. See docs/api.md, "Retrying safely". */
  idempotencyKey?: string | null | undefined;
  /** An internal note for the next agent. */
  note?: string | null | undefined;
  /** The queue it goes back to (routed at once). */
  toQueueId?: string | number | null | undefined;
  /** The agent who takes it. */
  toUserId?: string | number | null | undefined;
};

/** Change an API key's name or budget. Fields left out stay as they are. */
export type UpdateApiKeyInput = {
  /** Id of the key to change. */
  id: string | number;
  /** A new name (1–100 characters). */
  name?: string | null | undefined;
  /** The key's own budget in points per hour (100 – 1,000,000,000); null: back to the default for API keys; left out: unchanged. Takes effect on the key's next request. */
  pointsPerHour?: number | null | undefined;
};

/** Change a rule; omitted fields stay. The whole rule is validated again. */
export type UpdateAutomationRuleInput = {
  /** New actions. */
  actions?: unknown;
  /** New condition tree (`{ "all": [] }`: always). */
  conditions?: unknown;
  /** New description; an empty string removes it. */
  description?: string | null | undefined;
  /** Enable or disable. */
  enabled?: boolean | null | undefined;
  /** The rule to change. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** First-match-wins on or off. */
  stopProcessing?: boolean | null | undefined;
  /** New trigger. */
  trigger?: AutomationTriggerInput | null | undefined;
};

/** Change a canned response (shared ones need `conversations.manage`); omitted fields stay. */
export type UpdateCannedResponseInput = {
  /** New template, 1–5,000 characters. */
  body?: string | null | undefined;
  /** The canned response to change. */
  id: string | number;
  /** New shortcut (same rules as on creation). */
  shortcut?: string | null | undefined;
  /** New title, 1–120 characters; an empty string removes it. */
  title?: string | null | undefined;
};

/** Change a document; omitted fields stay. Editing a published document re-indexes it. */
export type UpdateKnowledgeDocumentInput = {
  /** New Markdown body (the answer of a FAQ). */
  body?: string | null | undefined;
  /** The document's id. */
  id: string | number;
  /** New tags; replaces the old ones. */
  tags?: Array<string> | null | undefined;
  /** New title (the question of a FAQ). */
  title?: string | null | undefined;
};

/** Change a meeting; omitted fields stay. Moving it checks conflicts again and moves its reminders. */
export type UpdateMeetingInput = {
  /** True: save even when an attendee has an overlapping meeting. */
  allowConflicts?: boolean | null | undefined;
  /** Replace the invited contacts. */
  attendeeContactIds?: Array<string | number> | null | undefined;
  /** Replace the invited users (the organizer stays). */
  attendeeUserIds?: Array<string | number> | null | undefined;
  /** New end. */
  endsAt?: string | null | undefined;
  /** Replace the exception dates. */
  exceptionDates?: Array<string> | null | undefined;
  /** The meeting's id. */
  id: string | number;
  /** Empty string clears it. */
  location?: string | null | undefined;
  /** Empty string clears it. */
  meetingUrl?: string | null | undefined;
  /** New notes; null clears them. */
  notes?: string | null | undefined;
  /** New RRULE; empty string makes it a single meeting. */
  recurrence?: string | null | undefined;
  /** Minutes before each occurrence to remind attendees (0: none). */
  reminderMinutes?: number | null | undefined;
  /** New start (moves the reminder; checks conflicts). */
  startsAt?: string | null | undefined;
  /** New IANA time zone, e.g. Europe/Berlin (occurrences keep their local time in it). */
  timezone?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** New meeting type. */
  type?: MeetingType | null | undefined;
};

/** Change your own profile. */
export type UpdateMyProfileInput = {
  /** Your availability (same as setAvailability). */
  availability?: Availability | null | undefined;
  /** An https URL of your picture (≤ 500 characters); empty string removes it. Anything else: BAD_USER_INPUT. */
  avatarUrl?: string | null | undefined;
  /** Your new display name (1–200 characters). */
  displayName?: string | null | undefined;
};

/** Change an SLA policy; omitted fields stay. Pass null to a target to remove it. */
export type UpdateSlaPolicyInput = {
  /** Share of a target after which it is AT_RISK (0–1, exclusive). */
  atRiskShare?: number | null | undefined;
  /** True: minutes count only in business hours; false: calendar time (24/7). */
  businessHours?: boolean | null | undefined;
  /** The business calendar to count in; null: the ticket queue's calendar, else the tenant default. */
  calendarId?: string | number | null | undefined;
  /** Replaces the conditions. */
  conditions?: SlaConditionsInput | null | undefined;
  /** False: keep the policy but apply it to no ticket. */
  enabled?: boolean | null | undefined;
  /** First agent reply within this many minutes; null removes the target. */
  firstResponseMinutes?: number | null | undefined;
  /** The policy's id. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** Each later customer message answered within this many minutes; null removes the target. */
  nextResponseMinutes?: number | null | undefined;
  /** Resolved within this many minutes; null removes the target. */
  resolutionMinutes?: number | null | undefined;
};

/** Change a task: only the fields given change; null clears a nullable one. */
export type UpdateTaskInput = {
  /** An active staff user of your tenant; null unassigns. */
  assigneeId?: string | number | null | undefined;
  /** A conversation of your tenant; null unlinks. */
  conversationId?: string | number | null | undefined;
  /** Up to 20,000 characters; null clears. */
  description?: string | null | undefined;
  /** When it is due; null clears. */
  dueAt?: string | null | undefined;
  /** Due this many business minutes from now (your tenant’s business calendar). */
  dueInBusinessMinutes?: number | null | undefined;
  /** The version you read: CONFLICT (with `currentVersion`) when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The task. */
  id: string | number;
  /** A meeting of your tenant; null unlinks. */
  meetingId?: string | number | null | undefined;
  /** Board position within the status column. */
  position?: number | null | undefined;
  /** Urgency. */
  priority?: Priority | null | undefined;
  /** Move along TODO → IN_PROGRESS → REVIEW → DONE (REVIEW may go back to IN_PROGRESS); CANCELLED from any open status; DONE/CANCELLED back to TODO. Anything else: BAD_USER_INPUT naming the current status. */
  status?: TaskStatus | null | undefined;
  /** Replaces the tags. */
  tags?: Array<string> | null | undefined;
  /** A ticket of your tenant; null unlinks. */
  ticketId?: string | number | null | undefined;
  /** 1–200 characters. */
  title?: string | null | undefined;
};

/** Change a tenant’s settings. Tenant admins change their own tenant; platform admins name one. */
export type UpdateTenantInput = {
  /** The assistant's name, persona, greeting and confidence threshold; omitted fields stay. */
  assistant?: TenantAssistantInput | null | undefined;
  /** Widget colours, logo, position, welcome and away messages; omitted fields stay. */
  branding?: TenantBrandingInput | null | undefined;
  /** The satisfaction survey the widget shows after a resolution. */
  csat?: TenantCsatInput | null | undefined;
  /** Tenant to change; defaults to the caller’s own tenant. */
  id?: string | number | null | undefined;
  /** New display name (1–200 characters). */
  name?: string | null | undefined;
  /** Require a valid HMAC of the external id before a widget visitor is identified (needs an identity secret). */
  requireIdentityVerification?: boolean | null | undefined;
  /** Turn hand-offs nobody can take now into tickets (answered by e-mail). */
  ticketWhenNobodyAvailable?: boolean | null | undefined;
  /** IANA time zone, e.g. `Europe/Berlin`. */
  timezone?: string | null | undefined;
  /** Accept from widget sessions only the widget's own operations (its built-in safelist); others are refused with PERSISTED_QUERY_NOT_ALLOWED. */
  widgetOperationsSafelisted?: boolean | null | undefined;
};

/** Change a ticket’s fields; omitted fields stay, null clears a clearable one. One history entry for the whole change. */
export type UpdateTicketInput = {
  /** New category (up to 100 characters); null clears it. */
  category?: string | null | undefined;
  /** A contact of your tenant; null: none. */
  contactId?: string | number | null | undefined;
  /** New description (up to 20,000 characters); null clears it. */
  description?: string | null | undefined;
  /** The version you read: CONFLICT (with `currentVersion`) if the ticket changed since. */
  expectedVersion?: number | null | undefined;
  /** The ticket's id. */
  id: string | number;
  /** New intent (up to 100 characters); null clears it. */
  intent?: string | null | undefined;
  /** New priority (may change the SLA policy and due times). */
  priority?: Priority | null | undefined;
  /** A queue of your tenant; null: none. */
  queueId?: string | number | null | undefined;
  /** OPEN or PENDING only (resolveTicket, reopenTicket, closeTicket, escalateTicket do the others: else BAD_USER_INPUT). */
  status?: TicketStatus | null | undefined;
  /** New subject (1–300 characters). */
  subject?: string | null | undefined;
  /** Replaces the tags. */
  tags?: Array<string> | null | undefined;
};

/** Change a staff member; omitted fields stay as they are. A role change signs them out. */
export type UpdateUserInput = {
  /** Set their availability on their behalf. */
  availability?: Availability | null | undefined;
  /** New display name (1–200 characters). */
  displayName?: string | null | undefined;
  /** The user's id. */
  id: string | number;
  /** How many conversations routing gives them at once. */
  maxConcurrentChats?: number | null | undefined;
  /** New role (signs the user out: tokens carry the role). */
  role?: Role | null | undefined;
  /** Empty string clears the team. */
  team?: string | null | undefined;
};

/** Change a webhook endpoint; omitted fields stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** New note (up to 500 characters). */
  description?: string | null | undefined;
  /** Enable or disable deliveries. Enabling clears `disabledReason` and `failingSince`. */
  enabled?: boolean | null | undefined;
  /** True ends a secret rotation now: only the newest secret signs from then on. */
  endSecretRotation?: boolean | null | undefined;
  /** New set of events (at least one). */
  events?: Array<WebhookEventType> | null | undefined;
  /** The endpoint to change. */
  id: string | number;
  /** New URL (same rules as at creation). */
  url?: string | null | undefined;
};

/** Create or replace a calendar: by `id`, else the one of `queueId` (null: the tenant default). */
export type UpsertBusinessCalendarInput = {
  /** Replaces the holidays (omitted: kept). At most 1,000. */
  holidays?: Array<HolidayInput> | null | undefined;
  /** The calendar to change; omitted: the calendar of `queueId` (created when missing). */
  id?: string | number | null | undefined;
  /** 1–100 characters; default "Business hours" (or the kept name). */
  name?: string | null | undefined;
  /** The queue the calendar is for (only when creating or addressing by queue); omitted: the tenant default. */
  queueId?: string | number | null | undefined;
  /** IANA time zone, e.g. Europe/Berlin. */
  timezone: string;
  /** Opening ranges per weekday; each weekday at most once; at least one range in the week. */
  weeklyHours: Array<BusinessDayHoursInput>;
};

/** Names a user. */
export type UserIdInput = {
  /** The user's id. */
  id: string | number;
};

/** Narrow a delivery log. */
export type WebhookDeliveryFilter = {
  /** Only this payload `type`, e.g. `ticket.created`. */
  eventType?: string | null | undefined;
  /** Only deliveries in this state. */
  status?: WebhookDeliveryStatus | null | undefined;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** Given up: every retry failed (24 h), the endpoint was disabled or deleted. `redeliverWebhook` tries again. */
  | 'FAILED'
  /** Not delivered yet: the first attempt is queued, or a retry is scheduled (`nextAttemptAt`). */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** Events a webhook endpoint can subscribe to. The payload `type` is the dotted wire name given with each value (see docs/api.md "Webhooks" for each `data` shape). */
export type WebhookEventType =
  /** `approval.decided`: An approval request was approved, rejected, escalated or reassigned. */
  | 'APPROVAL_DECIDED'
  /** `conversation.assigned`: A person got a conversation (routing, take-over or transfer). */
  | 'CONVERSATION_ASSIGNED'
  /** `conversation.created`: A conversation started (widget, API or e-mail). */
  | 'CONVERSATION_CREATED'
  /** `conversation.status_changed`: A conversation moved to another status (handed off, assigned, transferred, handed back, resolved, reopened, closed). */
  | 'CONVERSATION_STATUS_CHANGED'
  /** `csat.received`: A customer rated a conversation. */
  | 'CSAT_RECEIVED'
  /** `meeting.cancelled`: A meeting was cancelled. */
  | 'MEETING_CANCELLED'
  /** `meeting.scheduled`: A meeting (or callback) was scheduled. */
  | 'MEETING_SCHEDULED'
  /** `message.created`: A message was added to a conversation (internal notes are never sent). */
  | 'MESSAGE_CREATED'
  /** `ticket.created`: A ticket was created. */
  | 'TICKET_CREATED'
  /** `ticket.escalated`: A ticket was escalated. */
  | 'TICKET_ESCALATED'
  /** `ticket.sla_at_risk`: An SLA target of a ticket is close to its due time. */
  | 'TICKET_SLA_AT_RISK'
  /** `ticket.sla_breached`: An SLA target of a ticket passed its due time. */
  | 'TICKET_SLA_BREACHED'
  /** `ticket.updated`: Fields or the status of a ticket changed. */
  | 'TICKET_UPDATED';

/** A day of the week (ISO order, Monday first). */
export type Weekday =
  /** Friday, ISO day 5. */
  | 'FRIDAY'
  /** Monday, ISO day 1. */
  | 'MONDAY'
  /** Saturday, ISO day 6. */
  | 'SATURDAY'
  /** Sunday, ISO day 7. */
  | 'SUNDAY'
  /** Thursday, ISO day 4. */
  | 'THURSDAY'
  /** Tuesday, ISO day 2. */
  | 'TUESDAY'
  /** Wednesday, ISO day 3. */
  | 'WEDNESDAY';

/** A full form and the variants of it customers write. */
export type WordVariantGroupInput = {
  /** The form the knowledge base uses, e.g. `northwind` or `product code` (1–60 characters; lower-cased and trimmed). */
  fullForm: string;
  /** 1–20 variants, e.g. `nw` (each 1–60 characters; lower-cased and trimmed). A variant may not be a full form of another group nor appear twice. */
  variants: Array<string>;
};

export type AiUsageGroupFieldsFragment = { key: string, calls: number, failedCalls: number, inputTokens: number, outputTokens: number, costUsd: number, latencyP50Ms: number | null, latencyP95Ms: number | null, conversations: number, handedOff: number, handOffRate: number | null };

export type AiUsagePageQueryVariables = Exact<{
  from: string;
  to: string;
  tenantId?: string | number | null | undefined;
}>;


export type AiUsagePageQuery = { aiUsage: { from: string, to: string, totals: { calls: number, failedCalls: number, inputTokens: number, outputTokens: number, costUsd: number, latencyP50Ms: number | null, latencyP95Ms: number | null, conversations: number, handedOff: number, handOffRate: number | null }, byPurpose: Array<{ key: string, calls: number, failedCalls: number, inputTokens: number, outputTokens: number, costUsd: number, latencyP50Ms: number | null, latencyP95Ms: number | null, conversations: number, handedOff: number, handOffRate: number | null }>, byModel: Array<{ key: string, calls: number, failedCalls: number, inputTokens: number, outputTokens: number, costUsd: number, latencyP50Ms: number | null, latencyP95Ms: number | null, conversations: number, handedOff: number, handOffRate: number | null }> } };

export type ApiKeysListQueryVariables = Exact<{
  first: number;
}>;


export type ApiKeysListQuery = { apiKeys: { totalCount: number, edges: Array<{ node: { id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, pointsPerHour: number | null, budget: { limit: number, remaining: number, used: number, resetAt: string } | null, createdBy: { id: string, displayName: string } | null } }> } };

export type ApiKeysCreateMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ApiKeysCreateMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<string> } } };

export type ApiKeysRevokeMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type ApiKeysRevokeMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } } };

export type ApiKeysUpdateMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;


export type ApiKeysUpdateMutation = { updateApiKey: { apiKey: { id: string, pointsPerHour: number | null, budget: { limit: number, remaining: number, used: number, resetAt: string } | null } } };

export type ApprovalFieldsFragment = { id: string, number: number, kind: ApprovalKind, summary: string, proposedAction: string, amount: number | null, currency: string | null, priority: Priority, urgency: ApprovalUrgency, status: ApprovalStatus, version: number, conversationId: string | null, ticketId: string | null, requestedByKind: ApprovalRequesterKind, decisionReason: string | null, decidedAt: string | null, createdAt: string, requester: { id: string, displayName: string } | null, approver: { id: string, displayName: string } | null, decidedBy: { id: string, displayName: string } | null };

export type ApprovalsListQueryVariables = Exact<{
  filter?: ApprovalFilter | null | undefined;
  first: number;
}>;


export type ApprovalsListQuery = { approvalRequests: { totalCount: number, edges: Array<{ node: { id: string, number: number, kind: ApprovalKind, summary: string, proposedAction: string, amount: number | null, currency: string | null, priority: Priority, urgency: ApprovalUrgency, status: ApprovalStatus, version: number, conversationId: string | null, ticketId: string | null, requestedByKind: ApprovalRequesterKind, decisionReason: string | null, decidedAt: string | null, createdAt: string, requester: { id: string, displayName: string } | null, approver: { id: string, displayName: string } | null, decidedBy: { id: string, displayName: string } | null } }> } };

export type ApprovalDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalDetailQuery = { approvalRequest: { id: string, number: number, kind: ApprovalKind, summary: string, proposedAction: string, amount: number | null, currency: string | null, priority: Priority, urgency: ApprovalUrgency, status: ApprovalStatus, version: number, conversationId: string | null, ticketId: string | null, requestedByKind: ApprovalRequesterKind, decisionReason: string | null, decidedAt: string | null, createdAt: string, escalatedTo: { id: string, displayName: string } | null, conversation: { id: string, subject: string | null } | null, history: Array<{ id: string, action: ApprovalAction, actorKind: ApprovalRequesterKind, actorName: string | null, fromUserName: string | null, toUserName: string | null, reason: string | null, createdAt: string }>, requester: { id: string, displayName: string } | null, approver: { id: string, displayName: string } | null, decidedBy: { id: string, displayName: string } | null } };

export type ApprovalDecidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalDecidersQuery = { users: { edges: Array<{ node: { id: string, displayName: string, role: Role } }> } };

export type DecideApprovalMutationVariables = Exact<{
  input: DecideApprovalInput;
}>;


export type DecideApprovalMutation = { decideApproval: { approval: { id: string, number: number, kind: ApprovalKind, summary: string, proposedAction: string, amount: number | null, currency: string | null, priority: Priority, urgency: ApprovalUrgency, status: ApprovalStatus, version: number, conversationId: string | null, ticketId: string | null, requestedByKind: ApprovalRequesterKind, decisionReason: string | null, decidedAt: string | null, createdAt: string, requester: { id: string, displayName: string } | null, approver: { id: string, displayName: string } | null, decidedBy: { id: string, displayName: string } | null } } };

export type ReassignApprovalMutationVariables = Exact<{
  input: ReassignApprovalInput;
}>;


export type ReassignApprovalMutation = { reassignApproval: { approval: { id: string, number: number, kind: ApprovalKind, summary: string, proposedAction: string, amount: number | null, currency: string | null, priority: Priority, urgency: ApprovalUrgency, status: ApprovalStatus, version: number, conversationId: string | null, ticketId: string | null, requestedByKind: ApprovalRequesterKind, decisionReason: string | null, decidedAt: string | null, createdAt: string, requester: { id: string, displayName: string } | null, approver: { id: string, displayName: string } | null, decidedBy: { id: string, displayName: string } | null } } };

export type RequestApprovalMutationVariables = Exact<{
  input: RequestApprovalInput;
}>;


export type RequestApprovalMutation = { requestApproval: { approval: { id: string, number: number, kind: ApprovalKind, summary: string, proposedAction: string, amount: number | null, currency: string | null, priority: Priority, urgency: ApprovalUrgency, status: ApprovalStatus, version: number, conversationId: string | null, ticketId: string | null, requestedByKind: ApprovalRequesterKind, decisionReason: string | null, decidedAt: string | null, createdAt: string, requester: { id: string, displayName: string } | null, approver: { id: string, displayName: string } | null, decidedBy: { id: string, displayName: string } | null } } };

export type ApprovalUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ApprovalUpdatedSubscription = { approvalUpdated: { id: string, number: number, kind: ApprovalKind, summary: string, proposedAction: string, amount: number | null, currency: string | null, priority: Priority, urgency: ApprovalUrgency, status: ApprovalStatus, version: number, conversationId: string | null, ticketId: string | null, requestedByKind: ApprovalRequesterKind, decisionReason: string | null, decidedAt: string | null, createdAt: string, requester: { id: string, displayName: string } | null, approver: { id: string, displayName: string } | null, decidedBy: { id: string, displayName: string } | null } };

export type AuditLogPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  tenantId?: string | number | null | undefined;
}>;


export type AuditLogPageQuery = { auditLogs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, tenantId: string | null, actorKind: ActorKind, actorId: string | null, actorName: string | null, action: string, resourceType: string, resourceId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, ip: string | null, requestId: string | null, at: string } }> } };

export type AuditLogFacetsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type AuditLogFacetsQuery = { auditStats: { total: number, byAction: Array<{ key: string, count: number }>, byResourceType: Array<{ key: string, count: number }> } };

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { name: string, version: string, assistantMode: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, expiresAt: string, user: { id: string, displayName: string, role: Role, tenant: { name: string } | null } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, refreshToken: string, expiresAt: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { ok: boolean } };

export type AutomationRuleFieldsFragment = { id: string, name: string, description: string | null, enabled: boolean, position: number, stopProcessing: boolean, conditions: Record<string, unknown>, actions: unknown, updatedAt: string, trigger: { kind: AutomationTriggerKind, events: Array<AutomationEvent> | null, after: AutomationTimeAnchor | null, minutes: number | null } };

export type AutomationRulesListQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomationRulesListQuery = { automationRules: { totalCount: number, edges: Array<{ node: { id: string, name: string, description: string | null, enabled: boolean, position: number, stopProcessing: boolean, conditions: Record<string, unknown>, actions: unknown, updatedAt: string, trigger: { kind: AutomationTriggerKind, events: Array<AutomationEvent> | null, after: AutomationTimeAnchor | null, minutes: number | null } } }> } };

export type AutomationRuleOneQueryVariables = Exact<{
  id: string | number;
}>;


export type AutomationRuleOneQuery = { automationRule: { id: string, name: string, description: string | null, enabled: boolean, position: number, stopProcessing: boolean, conditions: Record<string, unknown>, actions: unknown, updatedAt: string, trigger: { kind: AutomationTriggerKind, events: Array<AutomationEvent> | null, after: AutomationTimeAnchor | null, minutes: number | null } } };

export type AutomationEditorDataQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomationEditorDataQuery = { automationRuleLanguage: { events: Array<AutomationEvent>, timeAnchors: Array<AutomationTimeAnchor>, maxTimeMinutes: number, fields: Array<{ name: string, type: AutomationFieldType, label: string, values: Array<string> | null, min: number | null, max: number | null, integer: boolean, ops: Array<AutomationOp> }>, actions: Array<{ type: AutomationActionType, label: string, params: Array<{ name: string, type: AutomationParamType, label: string, optional: boolean, min: number | null, max: number | null }> }> }, queues: { edges: Array<{ node: { id: string, name: string } }> }, users: { edges: Array<{ node: { id: string, displayName: string, active: boolean } }> } };

export type AutomationValidateQueryVariables = Exact<{
  input: AutomationRuleDraftInput;
}>;


export type AutomationValidateQuery = { validateAutomationRule: { valid: boolean, problems: Array<{ path: string, message: string }> } };

export type AutomationCreateMutationVariables = Exact<{
  input: CreateAutomationRuleInput;
}>;


export type AutomationCreateMutation = { createAutomationRule: { automationRule: { id: string, name: string, description: string | null, enabled: boolean, position: number, stopProcessing: boolean, conditions: Record<string, unknown>, actions: unknown, updatedAt: string, trigger: { kind: AutomationTriggerKind, events: Array<AutomationEvent> | null, after: AutomationTimeAnchor | null, minutes: number | null } } } };

export type AutomationUpdateMutationVariables = Exact<{
  input: UpdateAutomationRuleInput;
}>;


export type AutomationUpdateMutation = { updateAutomationRule: { automationRule: { id: string, name: string, description: string | null, enabled: boolean, position: number, stopProcessing: boolean, conditions: Record<string, unknown>, actions: unknown, updatedAt: string, trigger: { kind: AutomationTriggerKind, events: Array<AutomationEvent> | null, after: AutomationTimeAnchor | null, minutes: number | null } } } };

export type AutomationDeleteMutationVariables = Exact<{
  input: DeleteAutomationRuleInput;
}>;


export type AutomationDeleteMutation = { deleteAutomationRule: { deletedAutomationRuleId: string } };

export type AutomationReorderMutationVariables = Exact<{
  input: ReorderAutomationRulesInput;
}>;


export type AutomationReorderMutation = { reorderAutomationRules: { automationRuleIds: Array<string> } };

export type AutomationSimulateQueryVariables = Exact<{
  input: SimulateAutomationRuleInput;
}>;


export type AutomationSimulateQuery = { simulateAutomationRule: { evaluated: number, matchedCount: number, matches: Array<{ subjectKind: string, ticketId: string | null, ticketNumber: number | null, conversationId: string | null, subject: string | null, effects: Array<string> }> } };

export type MeetingFieldsFragment = { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> };

export type CalendarMeetingsQueryVariables = Exact<{
  from: string;
  to: string;
  attendeeIds?: Array<string | number> | string | number | null | undefined;
}>;


export type CalendarMeetingsQuery = { meetings: Array<{ id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> }> };

export type LinkedCallbacksQueryVariables = Exact<{
  from: string;
  to: string;
  conversationId?: string | number | null | undefined;
  ticketId?: string | number | null | undefined;
}>;


export type LinkedCallbacksQuery = { meetings: Array<{ id: string, title: string, startsAt: string, endsAt: string, organizerName: string }> };

export type CalendarMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type CalendarMeetingQuery = { meeting: { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> } };

export type CalendarUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarUsersQuery = { users: { edges: Array<{ node: { id: string, displayName: string, email: string, team: string | null } }> } };

export type CalendarContactsQueryVariables = Exact<{
  search: string;
}>;


export type CalendarContactsQuery = { contacts: { edges: Array<{ node: { id: string, name: string | null, email: string | null } }> } };

export type FreeSlotsQueryVariables = Exact<{
  userIds: Array<string | number> | string | number;
  from: string;
  to: string;
  durationMinutes: number;
}>;


export type FreeSlotsQuery = { freeSlots: Array<{ startsAt: string, endsAt: string }> };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { meeting: { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> } } };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting: { meeting: { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> } } };

export type CancelMeetingMutationVariables = Exact<{
  input: MeetingIdInput;
}>;


export type CancelMeetingMutation = { cancelMeeting: { meeting: { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> } } };

export type CompleteMeetingMutationVariables = Exact<{
  input: CompleteMeetingInput;
}>;


export type CompleteMeetingMutation = { completeMeeting: { meeting: { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> } } };

export type SummarizeMeetingContextMutationVariables = Exact<{
  input: SummarizeMeetingContextInput;
}>;


export type SummarizeMeetingContextMutation = { summarizeMeetingContext: { meeting: { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> } } };

export type ScheduleCallbackMutationVariables = Exact<{
  input: ScheduleCallbackInput;
}>;


export type ScheduleCallbackMutation = { scheduleCallback: { meeting: { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> } } };

export type MeetingUpdatedSubscriptionVariables = Exact<{
  mine?: boolean | null | undefined;
}>;


export type MeetingUpdatedSubscription = { meetingUpdated: { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> } };

export type RespondToMeetingMutationVariables = Exact<{
  input: RespondToMeetingInput;
}>;


export type RespondToMeetingMutation = { respondToMeeting: { meeting: { id: string, title: string, type: MeetingType, status: MeetingStatus, startsAt: string, endsAt: string, timezone: string, occurrenceStart: string | null, location: string | null, meetingUrl: string | null, organizerId: string, organizerName: string, conversationId: string | null, ticketId: string | null, notes: string, summary: string | null, reminderMinutes: number, recurrence: string | null, customerTimezone: string | null, version: number, attendees: Array<{ id: string, userId: string | null, contactId: string | null, name: string, email: string | null, response: AttendeeResponse }> } } };

export type CannedResponsesListQueryVariables = Exact<{
  first: number;
  filter?: CannedResponseFilter | null | undefined;
}>;


export type CannedResponsesListQuery = { cannedResponses: { totalCount: number, edges: Array<{ node: { id: string, shortcut: string, title: string | null, body: string, shared: boolean, createdAt: string } }> } };

export type CannedResponsesCreateMutationVariables = Exact<{
  input: CreateCannedResponseInput;
}>;


export type CannedResponsesCreateMutation = { createCannedResponse: { cannedResponse: { id: string, shortcut: string } } };

export type CannedResponsesUpdateMutationVariables = Exact<{
  input: UpdateCannedResponseInput;
}>;


export type CannedResponsesUpdateMutation = { updateCannedResponse: { cannedResponse: { id: string, shortcut: string } } };

export type CannedResponsesDeleteMutationVariables = Exact<{
  input: DeleteCannedResponseInput;
}>;


export type CannedResponsesDeleteMutation = { deleteCannedResponse: { deletedCannedResponseId: string } };

export type ConsoleConversationFragment = { id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null };

export type ConsoleConversationsQueryVariables = Exact<{
  filter?: ConversationFilter | null | undefined;
  orderBy: ConversationOrder;
  first: number;
}>;


export type ConsoleConversationsQuery = { conversations: { totalCount: number, edges: Array<{ node: { id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null } }> } };

export type ConsoleConversationUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleConversationUpdatedSubscription = { conversationUpdated: { id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null } };

export type ConsoleMessageFragment = { id: string, seq: number, author: Author, authorName: string | null, body: string, private: boolean, confidence: number | null, offline: boolean, createdAt: string, clientMessageId: string | null, citations: Array<{ n: number, title: string, excerpt: string, documentId: string, chunkId: string }> | null };

export type ConsoleMessagesQueryVariables = Exact<{
  conversationId: string | number;
  afterSeq: number;
  first: number;
}>;


export type ConsoleMessagesQuery = { messages: { hasMore: boolean, messages: Array<{ id: string, seq: number, author: Author, authorName: string | null, body: string, private: boolean, confidence: number | null, offline: boolean, createdAt: string, clientMessageId: string | null, citations: Array<{ n: number, title: string, excerpt: string, documentId: string, chunkId: string }> | null }> } };

export type ConsoleMessageAddedSubscriptionVariables = Exact<{
  conversationId: string | number;
  afterSeq: number;
}>;


export type ConsoleMessageAddedSubscription = { messageAdded: { id: string, seq: number, author: Author, authorName: string | null, body: string, private: boolean, confidence: number | null, offline: boolean, createdAt: string, clientMessageId: string | null, citations: Array<{ n: number, title: string, excerpt: string, documentId: string, chunkId: string }> | null } };

export type ConsoleAssistantDraftSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type ConsoleAssistantDraftSubscription = { assistantDraft: { messageId: string, index: number, delta: string, state: string, authorName: string, offline: boolean } };

export type ConsoleTypingSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type ConsoleTypingSubscription = { typing: { conversationId: string, who: string, name: string | null, typing: boolean } };

export type ConsoleSetTypingMutationVariables = Exact<{
  input: SetTypingInput;
}>;


export type ConsoleSetTypingMutation = { setTyping: { ok: boolean } };

export type ConsoleSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ConsoleSendMessageMutation = { sendMessage: { message: { id: string, seq: number, author: Author, authorName: string | null, body: string, private: boolean, confidence: number | null, offline: boolean, createdAt: string, clientMessageId: string | null, citations: Array<{ n: number, title: string, excerpt: string, documentId: string, chunkId: string }> | null } } };

export type ConsoleTakeOverMutationVariables = Exact<{
  input: ConversationIdInput;
}>;


export type ConsoleTakeOverMutation = { takeOverConversation: { conversation: { id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null } | null } };

export type ConsoleHandBackMutationVariables = Exact<{
  input: ConversationIdInput;
}>;


export type ConsoleHandBackMutation = { handBackConversation: { conversation: { id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null } | null } };

export type ConsoleResolveMutationVariables = Exact<{
  input: ConversationIdInput;
}>;


export type ConsoleResolveMutation = { resolveConversation: { conversation: { id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null } | null } };

export type ConsoleReopenMutationVariables = Exact<{
  input: ConversationIdInput;
}>;


export type ConsoleReopenMutation = { reopenConversation: { conversation: { id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null } | null } };

export type ConsoleAssistantContextQueryVariables = Exact<{
  conversationId: string | number;
}>;


export type ConsoleAssistantContextQuery = { assistantContext: { reason: string | null, detail: string | null, summary: string | null, handedOffAt: string | null, classification: { category: string, intent: string, priority: string, sentiment: string, wantsHuman: boolean, summary: string | null, source: string } | null, turns: Array<{ query: string, decision: string, confidence: number | null, reason: string | null, createdAt: string, sources: Array<{ title: string, score: number, documentId: string, chunkId: string, headingPath: Array<string> }> }> } };

export type ConsoleSetAvailabilityMutationVariables = Exact<{
  input: SetAvailabilityInput;
}>;


export type ConsoleSetAvailabilityMutation = { setAvailability: { presence: { userId: string, availability: Availability } } };

export type ConsoleHeartbeatMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleHeartbeatMutation = { heartbeat: { presence: { userId: string, availability: Availability } } };

export type ConsoleConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleConversationQuery = { conversation: { id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null } };

export type ConsoleCannedResponsesQueryVariables = Exact<{
  filter?: CannedResponseFilter | null | undefined;
  first: number;
}>;


export type ConsoleCannedResponsesQuery = { cannedResponses: { edges: Array<{ node: { id: string, shortcut: string, title: string | null, body: string, shared: boolean } }> } };

export type ConsoleRenderCannedResponseQueryVariables = Exact<{
  conversationId: string | number;
  shortcut: string;
}>;


export type ConsoleRenderCannedResponseQuery = { renderCannedResponse: string };

export type ConsoleTransferTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTransferTargetsQuery = { presence: Array<{ userId: string, displayName: string, availability: Availability }>, queues: { edges: Array<{ node: { id: string, name: string, waitingCount: number } }> } };

export type ConsoleTransferMutationVariables = Exact<{
  input: TransferConversationInput;
}>;


export type ConsoleTransferMutation = { transferConversation: { conversation: { id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null } | null } };

export type ConsolePresenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePresenceQuery = { presence: Array<{ userId: string, displayName: string, availability: Availability, lastSeenAt: string | null }> };

export type ConsolePresenceChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsolePresenceChangedSubscription = { presenceChanged: { userId: string, displayName: string, availability: Availability, lastSeenAt: string | null } };

export type ConsoleContactConversationsQueryVariables = Exact<{
  filter?: ConversationFilter | null | undefined;
  first: number;
}>;


export type ConsoleContactConversationsQuery = { conversations: { totalCount: number, edges: Array<{ node: { createdAt: string, id: string, subject: string | null, status: ConversationStatus, handler: Handler, priority: Priority, channel: Channel, lastSeq: number, updatedAt: string, waitingSince: string | null, lastMessageAt: string | null, assignee: { id: string, displayName: string } | null, contact: { id: string, name: string | null, email: string | null, vip: boolean, identified: boolean }, csat: { rating: number, comment: string | null, at: string } | null } }> } };

export type ConsoleMarkAnswerNotInKnowledgeMutationVariables = Exact<{
  input: MarkAnswerNotInKnowledgeInput;
}>;


export type ConsoleMarkAnswerNotInKnowledgeMutation = { markAnswerNotInKnowledge: { example: { id: string, kind: KnowledgeExampleKind, question: string } } };

export type ConsoleMarkHandoffAnswerableMutationVariables = Exact<{
  input: MarkHandoffAnswerableInput;
}>;


export type ConsoleMarkHandoffAnswerableMutation = { markHandoffAnswerable: { example: { id: string, kind: KnowledgeExampleKind, question: string, document: { id: string, title: string } | null } } };

export type ConsolePublishedArticlesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ConsolePublishedArticlesQuery = { knowledgeDocuments: { edges: Array<{ node: { id: string, kind: KnowledgeKind, title: string } }> } };

export type LiveKpisCardFragment = { tenantId: string, computedAt: string, day: string, waitingCustomers: number, longestWaitSeconds: number | null, activeConversations: number, humanHandledNow: number, conversationsToday: number, resolvedToday: number, botResolvedToday: number, avgFirstResponseSeconds: number | null, avgResolutionSeconds: number | null, csatPercent: number | null, csatResponses: number, csatResponseRate: number | null, fcrPercent: number | null, aiResolutionRate: number | null, slaAtRisk: number, slaBreached: number, agentsOnline: number };

export type DashboardLiveKpisQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type DashboardLiveKpisQuery = { liveKpis: { tenantId: string, computedAt: string, day: string, waitingCustomers: number, longestWaitSeconds: number | null, activeConversations: number, humanHandledNow: number, conversationsToday: number, resolvedToday: number, botResolvedToday: number, avgFirstResponseSeconds: number | null, avgResolutionSeconds: number | null, csatPercent: number | null, csatResponses: number, csatResponseRate: number | null, fcrPercent: number | null, aiResolutionRate: number | null, slaAtRisk: number, slaBreached: number, agentsOnline: number } };

export type DashboardKpisUpdatedSubscriptionVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type DashboardKpisUpdatedSubscription = { kpisUpdated: { tenantId: string, computedAt: string, day: string, waitingCustomers: number, longestWaitSeconds: number | null, activeConversations: number, humanHandledNow: number, conversationsToday: number, resolvedToday: number, botResolvedToday: number, avgFirstResponseSeconds: number | null, avgResolutionSeconds: number | null, csatPercent: number | null, csatResponses: number, csatResponseRate: number | null, fcrPercent: number | null, aiResolutionRate: number | null, slaAtRisk: number, slaBreached: number, agentsOnline: number } };

export type DashboardOwnTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOwnTenantQuery = { viewer: { tenant: { id: string, name: string, timezone: string } | null } };

export type DashboardChartsQueryVariables = Exact<{
  from: string;
  to: string;
  granularity: KpiGranularity;
  businessHoursOnly: boolean;
  tenantId?: string | number | null | undefined;
}>;


export type DashboardChartsQuery = { hourlyStats: Array<{ hour: string, conversationsOpened: number, resolutions: number, botResolutions: number, handoffs: number }>, firstResponse: { points: Array<{ bucket: string, count: number, average: number | null }> }, resolutions: { points: Array<{ bucket: string, count: number }> }, botResolutions: { points: Array<{ bucket: string, count: number }> }, slaMet: { points: Array<{ bucket: string, count: number }> }, slaMissed: { points: Array<{ bucket: string, count: number }> } };

export type PerformanceRowFieldsFragment = { key: string, name: string, team: string | null, conversationsHandled: number, resolutions: number, firstResponses: number, replies: number, transfers: number, avgFirstResponseSeconds: number | null, avgResolutionSeconds: number | null, csatResponses: number, csatPercent: number | null, onlineSeconds: number, awaySeconds: number, busySeconds: number };

export type DashboardOperatorsQueryVariables = Exact<{
  from: string;
  to: string;
  businessHoursOnly: boolean;
  tenantId?: string | number | null | undefined;
}>;


export type DashboardOperatorsQuery = { operatorPerformance: Array<{ key: string, name: string, team: string | null, conversationsHandled: number, resolutions: number, firstResponses: number, replies: number, transfers: number, avgFirstResponseSeconds: number | null, avgResolutionSeconds: number | null, csatResponses: number, csatPercent: number | null, onlineSeconds: number, awaySeconds: number, busySeconds: number }> };

export type DashboardTeamsQueryVariables = Exact<{
  from: string;
  to: string;
  businessHoursOnly: boolean;
  tenantId?: string | number | null | undefined;
}>;


export type DashboardTeamsQuery = { teamMetrics: Array<{ key: string, name: string, team: string | null, conversationsHandled: number, resolutions: number, firstResponses: number, replies: number, transfers: number, avgFirstResponseSeconds: number | null, avgResolutionSeconds: number | null, csatResponses: number, csatPercent: number | null, onlineSeconds: number, awaySeconds: number, busySeconds: number }> };

export type DashboardCsatRatingsQueryVariables = Exact<{
  from: string;
  to: string;
  tenantId?: string | number | null | undefined;
}>;


export type DashboardCsatRatingsQuery = { csatDistribution: Array<number> };

export type DashboardDrillDownQueryVariables = Exact<{
  filter: ReportingEventFilter;
  first: number;
  after?: string | null | undefined;
  tenantId?: string | number | null | undefined;
}>;


export type DashboardDrillDownQuery = { reportingEvents: { edges: Array<{ node: { id: string, name: string, valueSeconds: number | null, valueBusinessSeconds: number | null, endedAt: string, channel: string | null, attributes: Record<string, unknown>, conversationId: string | null, conversation: { id: string, subject: string | null, status: ConversationStatus, contact: { id: string, name: string | null } } | null, agent: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardExportReportQueryVariables = Exact<{
  input: ExportReportInput;
}>;


export type DashboardExportReportQuery = { exportReport: { filename: string, contentType: string, rowCount: number, csv: string } };

export type DashboardTenantsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DashboardTenantsQuery = { tenants: { edges: Array<{ node: { id: string, name: string, slug: string, status: TenantStatus, timezone: string } }> } };

export type DashboardTenantQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardTenantQuery = { tenant: { id: string, name: string, slug: string, status: TenantStatus, timezone: string } };

export type CoverageExamplesQueryVariables = Exact<{
  filter?: KnowledgeExampleFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CoverageExamplesQuery = { knowledgeExamples: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: KnowledgeExampleKind, question: string, note: string | null, conversationId: string | null, createdAt: string, resolvedAt: string | null, createdBy: { id: string, displayName: string } | null, document: { id: string, title: string } | null, resolvedDocument: { id: string, title: string } | null } }> } };

export type CoverageDismissExampleMutationVariables = Exact<{
  input: ResolveKnowledgeExampleInput;
}>;


export type CoverageDismissExampleMutation = { resolveKnowledgeExample: { example: { id: string, resolvedAt: string | null } } };

export type KnowledgeCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeCoverageQuery = { knowledgeCoverage: { tenantId: string, status: KnowledgeCoverageStatus, mode: HandoffMode, target: number, thresholdInForce: number, manualThreshold: number, calibratedAt: string | null, tookMs: number | null, labelledExamples: number, operatingPoint: { threshold: number, answerableHandedOff: number, unanswerableAnswered: number } | null, curve: Array<{ threshold: number, answerableHandedOff: number, unanswerableAnswered: number }>, probeCounts: { answerable: number, unanswerable: number, labelled: number }, probes: Array<{ question: string, kind: KnowledgeProbeKind, source: KnowledgeProbeSource, score: number, handedOff: boolean, documentTitle: string | null }>, changes: { previousCalibratedAt: string, thresholdBefore: number | null, thresholdAfter: number | null, probesBefore: { answerable: number, unanswerable: number, labelled: number }, probesAfter: { answerable: number, unanswerable: number, labelled: number }, documentsAdded: Array<{ id: string, title: string }>, documentsRemoved: Array<{ id: string, title: string }>, documentsChanged: Array<{ id: string, title: string }> } | null } };

export type RecalibrateKnowledgeMutationVariables = Exact<{ [key: string]: never; }>;


export type RecalibrateKnowledgeMutation = { recalibrateKnowledge: { coverage: { tenantId: string, status: KnowledgeCoverageStatus, mode: HandoffMode, target: number, thresholdInForce: number, manualThreshold: number, calibratedAt: string | null, tookMs: number | null, labelledExamples: number, operatingPoint: { threshold: number, answerableHandedOff: number, unanswerableAnswered: number } | null, curve: Array<{ threshold: number, answerableHandedOff: number, unanswerableAnswered: number }>, probeCounts: { answerable: number, unanswerable: number, labelled: number }, probes: Array<{ question: string, kind: KnowledgeProbeKind, source: KnowledgeProbeSource, score: number, handedOff: boolean, documentTitle: string | null }>, changes: { previousCalibratedAt: string, thresholdBefore: number | null, thresholdAfter: number | null, probesBefore: { answerable: number, unanswerable: number, labelled: number }, probesAfter: { answerable: number, unanswerable: number, labelled: number }, documentsAdded: Array<{ id: string, title: string }>, documentsRemoved: Array<{ id: string, title: string }>, documentsChanged: Array<{ id: string, title: string }> } | null } } };

export type CoverageFieldsFragment = { tenantId: string, status: KnowledgeCoverageStatus, mode: HandoffMode, target: number, thresholdInForce: number, manualThreshold: number, calibratedAt: string | null, tookMs: number | null, labelledExamples: number, operatingPoint: { threshold: number, answerableHandedOff: number, unanswerableAnswered: number } | null, curve: Array<{ threshold: number, answerableHandedOff: number, unanswerableAnswered: number }>, probeCounts: { answerable: number, unanswerable: number, labelled: number }, probes: Array<{ question: string, kind: KnowledgeProbeKind, source: KnowledgeProbeSource, score: number, handedOff: boolean, documentTitle: string | null }>, changes: { previousCalibratedAt: string, thresholdBefore: number | null, thresholdAfter: number | null, probesBefore: { answerable: number, unanswerable: number, labelled: number }, probesAfter: { answerable: number, unanswerable: number, labelled: number }, documentsAdded: Array<{ id: string, title: string }>, documentsRemoved: Array<{ id: string, title: string }>, documentsChanged: Array<{ id: string, title: string }> } | null };

export type KnowledgeDocumentRowFragment = { id: string, title: string, kind: KnowledgeKind, status: KnowledgeStatus, tags: Array<string>, indexingStatus: IndexingStatus, indexingProgress: number, indexingError: string | null, chunkCount: number, updatedAt: string };

export type KnowledgeEditorFieldsFragment = { body: string, id: string, title: string, kind: KnowledgeKind, status: KnowledgeStatus, tags: Array<string>, indexingStatus: IndexingStatus, indexingProgress: number, indexingError: string | null, chunkCount: number, updatedAt: string };

export type KnowledgeIndexingFieldsFragment = { documentId: string, status: string, progress: number, chunkCount: number, error: string | null };

export type KnowledgeDocumentsQueryVariables = Exact<{
  first: number;
  filter?: KnowledgeFilter | null | undefined;
  tenantId?: string | number | null | undefined;
}>;


export type KnowledgeDocumentsQuery = { knowledgeDocuments: { totalCount: number, edges: Array<{ node: { id: string, title: string, kind: KnowledgeKind, status: KnowledgeStatus, tags: Array<string>, indexingStatus: IndexingStatus, indexingProgress: number, indexingError: string | null, chunkCount: number, updatedAt: string } }> } };

export type KnowledgeIndexingSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeIndexingSubscription = { knowledgeIndexing: { documentId: string, status: string, progress: number, chunkCount: number, error: string | null } };

export type KnowledgeSearchQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type KnowledgeSearchQuery = { searchKnowledge: { evidence: number, wouldHandOff: boolean, tookMs: number, hits: Array<{ chunkId: string, documentId: string, title: string, kind: KnowledgeKind, score: number, similarity: number | null, denseRank: number | null, lexicalRank: number | null, headingPath: Array<string>, text: string }> } };

export type KnowledgeEditorDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type KnowledgeEditorDocumentQuery = { knowledgeDocument: { body: string, id: string, title: string, kind: KnowledgeKind, status: KnowledgeStatus, tags: Array<string>, indexingStatus: IndexingStatus, indexingProgress: number, indexingError: string | null, chunkCount: number, updatedAt: string } };

export type CreateKnowledgeDocumentMutationVariables = Exact<{
  input: KnowledgeDocumentInput;
}>;


export type CreateKnowledgeDocumentMutation = { createKnowledgeDocument: { documentId: string, document: { body: string, id: string, title: string, kind: KnowledgeKind, status: KnowledgeStatus, tags: Array<string>, indexingStatus: IndexingStatus, indexingProgress: number, indexingError: string | null, chunkCount: number, updatedAt: string } | null } };

export type UpdateKnowledgeDocumentMutationVariables = Exact<{
  input: UpdateKnowledgeDocumentInput;
}>;


export type UpdateKnowledgeDocumentMutation = { updateKnowledgeDocument: { documentId: string, document: { body: string, id: string, title: string, kind: KnowledgeKind, status: KnowledgeStatus, tags: Array<string>, indexingStatus: IndexingStatus, indexingProgress: number, indexingError: string | null, chunkCount: number, updatedAt: string } | null } };

export type PublishKnowledgeDocumentMutationVariables = Exact<{
  input: KnowledgeDocumentIdInput;
}>;


export type PublishKnowledgeDocumentMutation = { publishKnowledgeDocument: { documentId: string, document: { body: string, id: string, title: string, kind: KnowledgeKind, status: KnowledgeStatus, tags: Array<string>, indexingStatus: IndexingStatus, indexingProgress: number, indexingError: string | null, chunkCount: number, updatedAt: string } | null } };

export type UnpublishKnowledgeDocumentMutationVariables = Exact<{
  input: KnowledgeDocumentIdInput;
}>;


export type UnpublishKnowledgeDocumentMutation = { unpublishKnowledgeDocument: { documentId: string, document: { body: string, id: string, title: string, kind: KnowledgeKind, status: KnowledgeStatus, tags: Array<string>, indexingStatus: IndexingStatus, indexingProgress: number, indexingError: string | null, chunkCount: number, updatedAt: string } | null } };

export type DeleteKnowledgeDocumentMutationVariables = Exact<{
  input: KnowledgeDocumentIdInput;
}>;


export type DeleteKnowledgeDocumentMutation = { deleteKnowledgeDocument: { deletedId: string } };

export type KnowledgeDocumentIndexingSubscriptionVariables = Exact<{
  documentId?: string | number | null | undefined;
}>;


export type KnowledgeDocumentIndexingSubscription = { knowledgeIndexing: { documentId: string, status: string, progress: number, chunkCount: number, error: string | null } };

export type ImportKnowledgeDocumentsMutationVariables = Exact<{
  input: ImportKnowledgeInput;
}>;


export type ImportKnowledgeDocumentsMutation = { importKnowledgeDocuments: { count: number, documentIds: Array<string> } };

export type ResolveKnowledgeExampleMutationVariables = Exact<{
  input: ResolveKnowledgeExampleInput;
}>;


export type ResolveKnowledgeExampleMutation = { resolveKnowledgeExample: { example: { id: string, resolvedAt: string | null } } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, title: string, body: string, subjectKind: NotificationSubjectKind | null, subjectId: string | null, readAt: string | null, createdAt: string };

export type NotificationBellQueryVariables = Exact<{
  first: number;
}>;


export type NotificationBellQuery = { unreadNotificationCount: number, notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, title: string, body: string, subjectKind: NotificationSubjectKind | null, subjectId: string | null, readAt: string | null, createdAt: string } }> } };

export type NotificationsMarkReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type NotificationsMarkReadMutation = { markNotificationsRead: { markedIds: Array<string>, unreadCount: number } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, title: string, body: string, subjectKind: NotificationSubjectKind | null, subjectId: string | null, readAt: string | null, createdAt: string } };

export type OutboxMessagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OutboxMessageFilter | null | undefined;
}>;


export type OutboxMessagesQuery = { outboxMessages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, to: string, from: string | null, subject: string, text: string, kind: MailKind, status: MailStatus, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null } }> } };

export type TenantChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantChoicesQuery = { tenants: { edges: Array<{ node: { id: string, name: string, slug: string, status: TenantStatus } }> } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { user: { id: string, displayName: string, avatarUrl: string | null } } };

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: { accessToken: string, refreshToken: string, expiresAt: string } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { viewer: { calendarFeed: { url: string | null, active: boolean, createdAt: string | null } | null } };

export type RotateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateCalendarFeedMutation = { rotateCalendarFeed: { feed: { url: string | null, active: boolean, createdAt: string | null } } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: { feed: { url: string | null, active: boolean, createdAt: string | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: string, permissions: Array<string>, user: { id: string, displayName: string, avatarUrl: string | null, email: string, role: Role, availability: Availability } | null, tenant: { name: string, slug: string, timezone: string } | null } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { logout: { ok: boolean } };

export type SlaSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaSettingsQuery = { businessCalendars: Array<{ id: string, queueId: string | null, name: string, timezone: string, openNow: boolean, weeklyHours: Array<{ weekday: Weekday, ranges: Array<{ start: string, end: string }> }>, holidays: Array<{ date: string, name: string }> }>, slaPolicies: Array<{ id: string, name: string, position: number, enabled: boolean, fallback: boolean, firstResponseMinutes: number | null, nextResponseMinutes: number | null, resolutionMinutes: number | null, businessHours: boolean, atRiskShare: number, conditions: { priorities: Array<string> | null, queueIds: Array<string> | null, vip: boolean | null, tagsAny: Array<string> | null } }>, queues: { edges: Array<{ node: { id: string, name: string } }> } };

export type SlaUpsertCalendarMutationVariables = Exact<{
  input: UpsertBusinessCalendarInput;
}>;


export type SlaUpsertCalendarMutation = { upsertBusinessCalendar: { businessCalendar: { id: string } } };

export type SlaImportHolidaysMutationVariables = Exact<{
  input: ImportHolidaysInput;
}>;


export type SlaImportHolidaysMutation = { importHolidays: { imported: number, recurrenceIgnored: number } };

export type SlaCreatePolicyMutationVariables = Exact<{
  input: CreateSlaPolicyInput;
}>;


export type SlaCreatePolicyMutation = { createSlaPolicy: { slaPolicy: { id: string } } };

export type SlaUpdatePolicyMutationVariables = Exact<{
  input: UpdateSlaPolicyInput;
}>;


export type SlaUpdatePolicyMutation = { updateSlaPolicy: { slaPolicy: { id: string, enabled: boolean } } };

export type SlaDeletePolicyMutationVariables = Exact<{
  input: DeleteSlaPolicyInput;
}>;


export type SlaDeletePolicyMutation = { deleteSlaPolicy: { deletedSlaPolicyId: string } };

export type SlaReorderPoliciesMutationVariables = Exact<{
  input: ReorderSlaPoliciesInput;
}>;


export type SlaReorderPoliciesMutation = { reorderSlaPolicies: { slaPolicies: Array<{ id: string, position: number }> } };

export type TaskFieldsFragment = { id: string, title: string, description: string | null, status: TaskStatus, priority: Priority, tags: Array<string>, dueAt: string | null, completedAt: string | null, position: number, version: number, assigneeId: string | null, creatorKind: TaskCreatorKind, ticketId: string | null, meetingId: string | null, conversationId: string | null, createdAt: string, updatedAt: string, assignee: { id: string, displayName: string } | null, createdBy: { id: string, displayName: string } | null };

export type BoardTasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  done?: TaskFilter | null | undefined;
}>;


export type BoardTasksQuery = { open: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string | null, status: TaskStatus, priority: Priority, tags: Array<string>, dueAt: string | null, completedAt: string | null, position: number, version: number, assigneeId: string | null, creatorKind: TaskCreatorKind, ticketId: string | null, meetingId: string | null, conversationId: string | null, createdAt: string, updatedAt: string, assignee: { id: string, displayName: string } | null, createdBy: { id: string, displayName: string } | null } }> }, done: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string | null, status: TaskStatus, priority: Priority, tags: Array<string>, dueAt: string | null, completedAt: string | null, position: number, version: number, assigneeId: string | null, creatorKind: TaskCreatorKind, ticketId: string | null, meetingId: string | null, conversationId: string | null, createdAt: string, updatedAt: string, assignee: { id: string, displayName: string } | null, createdBy: { id: string, displayName: string } | null } }> } };

export type TaskAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskAssigneesQuery = { users: { edges: Array<{ node: { id: string, displayName: string } }> } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { task: { id: string, title: string, description: string | null, status: TaskStatus, priority: Priority, tags: Array<string>, dueAt: string | null, completedAt: string | null, position: number, version: number, assigneeId: string | null, creatorKind: TaskCreatorKind, ticketId: string | null, meetingId: string | null, conversationId: string | null, createdAt: string, updatedAt: string, assignee: { id: string, displayName: string } | null, createdBy: { id: string, displayName: string } | null } } };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { changed: boolean, task: { id: string, title: string, description: string | null, status: TaskStatus, priority: Priority, tags: Array<string>, dueAt: string | null, completedAt: string | null, position: number, version: number, assigneeId: string | null, creatorKind: TaskCreatorKind, ticketId: string | null, meetingId: string | null, conversationId: string | null, createdAt: string, updatedAt: string, assignee: { id: string, displayName: string } | null, createdBy: { id: string, displayName: string } | null } } };

export type TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TaskUpdatedSubscription = { taskUpdated: { id: string, title: string, description: string | null, status: TaskStatus, priority: Priority, tags: Array<string>, dueAt: string | null, completedAt: string | null, position: number, version: number, assigneeId: string | null, creatorKind: TaskCreatorKind, ticketId: string | null, meetingId: string | null, conversationId: string | null, createdAt: string, updatedAt: string, assignee: { id: string, displayName: string } | null, createdBy: { id: string, displayName: string } | null } };

export type TeamProgressQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type TeamProgressQuery = { teamProgress: Array<{ team: string | null, total: number, averageLeadTimeSeconds: number | null, days: Array<{ day: string, done: number }> }> };

export type TeamUsersQueryVariables = Exact<{
  first: number;
  tenantId?: string | number | null | undefined;
}>;


export type TeamUsersQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, email: string, role: Role, team: string | null, maxConcurrentChats: number, active: boolean, availability: Availability, lastLoginAt: string | null } }> } };

export type TeamPermissionMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamPermissionMatrixQuery = { permissionMatrix: { permissions: Array<string>, roles: Array<{ role: Role, permissions: Array<string> }> } };

export type TeamCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type TeamCreateUserMutation = { createUser: { user: { id: string, displayName: string, email: string }, invitation: { token: string, expiresAt: string } } };

export type TeamUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type TeamUpdateUserMutation = { updateUser: { user: { id: string, role: Role, team: string | null, maxConcurrentChats: number } } };

export type TeamDeactivateUserMutationVariables = Exact<{
  input: UserIdInput;
}>;


export type TeamDeactivateUserMutation = { deactivateUser: { user: { id: string, active: boolean } } };

export type TeamReactivateUserMutationVariables = Exact<{
  input: UserIdInput;
}>;


export type TeamReactivateUserMutation = { reactivateUser: { user: { id: string, active: boolean } } };

export type PlatformTenantsQueryVariables = Exact<{
  first: number;
}>;


export type PlatformTenantsQuery = { tenants: { totalCount: number, edges: Array<{ node: { id: string, name: string, slug: string, status: TenantStatus, timezone: string, createdAt: string, volume: { conversations: number, tickets: number, users: number, documents: number } } }> } };

export type PlatformCreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type PlatformCreateTenantMutation = { createTenant: { tenant: { id: string, name: string, slug: string, status: TenantStatus }, invitation: { token: string, expiresAt: string } } };

export type PlatformSuspendTenantMutationVariables = Exact<{
  input: TenantIdInput;
}>;


export type PlatformSuspendTenantMutation = { suspendTenant: { tenant: { id: string, status: TenantStatus } } };

export type PlatformReactivateTenantMutationVariables = Exact<{
  input: TenantIdInput;
}>;


export type PlatformReactivateTenantMutation = { reactivateTenant: { tenant: { id: string, status: TenantStatus } } };

export type TicketRowFragment = { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null };

export type TicketsListQueryVariables = Exact<{
  filter?: TicketFilter | null | undefined;
  orderBy: TicketOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type TicketsListQuery = { tickets: { edges: Array<{ node: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TicketDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketDetailQuery = { ticket: { description: string | null, category: string | null, intent: string | null, resolvedAt: string | null, closedAt: string | null, firstRespondedAt: string | null, escalationContext: Record<string, unknown> | null, id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, events: Array<{ id: string, action: TicketAction, actorKind: TicketActorKind, actorId: string | null, actorName: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, comment: string | null, public: boolean, at: string, ticketVersion: number }>, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } };

export type TicketPickersQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketPickersQuery = { users: { edges: Array<{ node: { id: string, displayName: string } }> }, queues: { edges: Array<{ node: { id: string, name: string } }> } };

export type TicketUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TicketUpdatedSubscription = { ticketUpdated: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketMutation = { createTicket: { ticket: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } } };

export type CreateTicketFromConversationMutationVariables = Exact<{
  input: CreateTicketFromConversationInput;
}>;


export type CreateTicketFromConversationMutation = { createTicketFromConversation: { ticket: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } } };

export type AssignTicketMutationVariables = Exact<{
  input: AssignTicketInput;
}>;


export type AssignTicketMutation = { assignTicket: { ticketEventId: string | null, ticket: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } } };

export type UpdateTicketMutationVariables = Exact<{
  input: UpdateTicketInput;
}>;


export type UpdateTicketMutation = { updateTicket: { ticketEventId: string | null, ticket: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } } };

export type CommentOnTicketMutationVariables = Exact<{
  input: CommentOnTicketInput;
}>;


export type CommentOnTicketMutation = { commentOnTicket: { ticketEventId: string | null, ticket: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } } };

export type ResolveTicketMutationVariables = Exact<{
  input: TicketIdInput;
}>;


export type ResolveTicketMutation = { resolveTicket: { ticketEventId: string | null, ticket: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } } };

export type ReopenTicketMutationVariables = Exact<{
  input: TicketIdInput;
}>;


export type ReopenTicketMutation = { reopenTicket: { ticketEventId: string | null, ticket: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } } };

export type CloseTicketMutationVariables = Exact<{
  input: TicketIdInput;
}>;


export type CloseTicketMutation = { closeTicket: { ticketEventId: string | null, ticket: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } } };

export type EscalateTicketMutationVariables = Exact<{
  input: EscalateTicketInput;
}>;


export type EscalateTicketMutation = { escalateTicket: { ticketEventId: string | null, ticket: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, version: number, tags: Array<string>, channel: string, createdAt: string, updatedAt: string, assigneeId: string | null, queueId: string | null, contactId: string | null, conversationId: string | null, slaState: SlaState | null, slaFirstResponseState: SlaState | null, slaNextResponseState: SlaState | null, slaResolutionState: SlaState | null, firstResponseDueAt: string | null, nextResponseDueAt: string | null, resolutionDueAt: string | null, slaPausedAt: string | null, contact: { id: string, name: string | null, email: string | null } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } } };

export type ConversationTicketsQueryVariables = Exact<{
  conversationId: string | number;
}>;


export type ConversationTicketsQuery = { tickets: { edges: Array<{ node: { id: string, number: number, status: TicketStatus, subject: string } }> } };

export type TicketEscalationPreviewQueryVariables = Exact<{
  ticketId: string | number;
}>;


export type TicketEscalationPreviewQuery = { ticketEscalationPreview: { ticketId: string, canEscalate: boolean, rules: Array<{ ruleId: string, name: string, effects: Array<string> }> } };

export type WebhookEndpointFieldsFragment = { id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, previousSecretExpiresAt: string | null, failingSince: string | null, createdAt: string };

export type WebhookEndpointsListQueryVariables = Exact<{
  first: number;
}>;


export type WebhookEndpointsListQuery = { webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, previousSecretExpiresAt: string | null, failingSince: string | null, createdAt: string } }> } };

export type WebhookDeliveriesListQueryVariables = Exact<{
  endpointId: string | number;
  first: number;
  filter?: WebhookDeliveryFilter | null | undefined;
}>;


export type WebhookDeliveriesListQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, messageId: string, eventType: string, payload: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastResponseCode: number | null, lastError: string | null, deliveredAt: string | null, createdAt: string, attemptLog: Array<{ id: string, attempt: number, succeeded: boolean, responseCode: number | null, latencyMs: number, error: string | null, responseBody: string | null, manual: boolean, at: string }> } }> } };

export type WebhooksCreateMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WebhooksCreateMutation = { createWebhookEndpoint: { secret: string, webhookEndpoint: { id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, previousSecretExpiresAt: string | null, failingSince: string | null, createdAt: string } } };

export type WebhooksUpdateMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WebhooksUpdateMutation = { updateWebhookEndpoint: { webhookEndpoint: { id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, previousSecretExpiresAt: string | null, failingSince: string | null, createdAt: string } } };

export type WebhooksRotateMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type WebhooksRotateMutation = { rotateWebhookSecret: { secret: string, webhookEndpoint: { id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, previousSecretExpiresAt: string | null, failingSince: string | null, createdAt: string } } };

export type WebhooksDeleteMutationVariables = Exact<{
  input: DeleteWebhookEndpointInput;
}>;


export type WebhooksDeleteMutation = { deleteWebhookEndpoint: { deletedId: string } };

export type WebhooksSendTestMutationVariables = Exact<{
  input: SendTestWebhookInput;
}>;


export type WebhooksSendTestMutation = { sendTestWebhook: { delivery: { id: string, status: WebhookDeliveryStatus } } };

export type WebhooksRedeliverMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;


export type WebhooksRedeliverMutation = { redeliverWebhook: { delivery: { id: string, status: WebhookDeliveryStatus } } };

export type WidgetSettingsFieldsFragment = { id: string, ticketWhenNobodyAvailable: boolean, widgetOperationsSafelisted: boolean, branding: { primaryColor: string, backgroundColor: string, position: string, welcomeMessage: string, awayMessage: string, logoUrl: string | null }, csat: { enabled: boolean, question: string, lowLabel: string, highLabel: string }, assistant: { name: string, persona: string, greeting: string, handoffThreshold: number, autoResolveThreshold: number, wordVariants: Array<{ fullForm: string, variants: Array<string> }> }, identityVerification: { secret: string | null, required: boolean } };

export type WidgetSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetSettingsQuery = { viewer: { tenant: { id: string, name: string, widgetKey: string, ticketWhenNobodyAvailable: boolean, widgetOperationsSafelisted: boolean, branding: { primaryColor: string, backgroundColor: string, position: string, welcomeMessage: string, awayMessage: string, logoUrl: string | null }, csat: { enabled: boolean, question: string, lowLabel: string, highLabel: string }, assistant: { name: string, persona: string, greeting: string, handoffThreshold: number, autoResolveThreshold: number, wordVariants: Array<{ fullForm: string, variants: Array<string> }> }, identityVerification: { secret: string | null, required: boolean } } | null } };

export type WidgetSettingsUpdateMutationVariables = Exact<{
  input: UpdateTenantInput;
}>;


export type WidgetSettingsUpdateMutation = { updateTenant: { tenant: { id: string, ticketWhenNobodyAvailable: boolean, widgetOperationsSafelisted: boolean, branding: { primaryColor: string, backgroundColor: string, position: string, welcomeMessage: string, awayMessage: string, logoUrl: string | null }, csat: { enabled: boolean, question: string, lowLabel: string, highLabel: string }, assistant: { name: string, persona: string, greeting: string, handoffThreshold: number, autoResolveThreshold: number, wordVariants: Array<{ fullForm: string, variants: Array<string> }> }, identityVerification: { secret: string | null, required: boolean } } } };

export type WidgetSettingsRotateSecretMutationVariables = Exact<{
  input: RotateIdentitySecretInput;
}>;


export type WidgetSettingsRotateSecretMutation = { rotateIdentitySecret: { tenant: { id: string, identityVerification: { secret: string | null, required: boolean } } } };

export type WidgetConfigQueryVariables = Exact<{
  widgetKey: string;
}>;


export type WidgetConfigQuery = { widgetConfig: { tenantName: string, assistantName: string, greeting: string, branding: { primaryColor: string, backgroundColor: string, position: string, welcomeMessage: string, logoUrl: string | null } } };

export type StartWidgetSessionMutationVariables = Exact<{
  input: StartWidgetSessionInput;
}>;


export type StartWidgetSessionMutation = { startWidgetSession: { token: string, expiresAt: string } };

export type MyConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConversationsQuery = { myConversations: Array<{ id: string, status: ConversationStatus, agentName: string | null, lastSeq: number, csatRequest: { question: string, lowLabel: string, highLabel: string, alreadyRated: boolean } | null, callback: { id: string, startsAt: string, status: MeetingStatus } | null }> };

export type SubmitCsatMutationVariables = Exact<{
  input: SubmitCsatInput;
}>;


export type SubmitCsatMutation = { submitCsat: { conversationId: string } };

export type StartConversationMutationVariables = Exact<{
  input: StartConversationInput;
}>;


export type StartConversationMutation = { startConversation: { conversationId: string } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { message: { id: string, seq: number, author: Author, authorName: string | null, body: string, clientMessageId: string | null, createdAt: string, offline: boolean, citations: Array<{ n: number, title: string, excerpt: string }> | null } } };

export type SetTypingMutationVariables = Exact<{
  input: SetTypingInput;
}>;


export type SetTypingMutation = { setTyping: { ok: boolean } };

export type WidgetMessageFragment = { id: string, seq: number, author: Author, authorName: string | null, body: string, clientMessageId: string | null, createdAt: string, offline: boolean, citations: Array<{ n: number, title: string, excerpt: string }> | null };

export type MessageAddedSubscriptionVariables = Exact<{
  conversationId: string | number;
  afterSeq: number;
}>;


export type MessageAddedSubscription = { messageAdded: { id: string, seq: number, author: Author, authorName: string | null, body: string, clientMessageId: string | null, createdAt: string, offline: boolean, citations: Array<{ n: number, title: string, excerpt: string }> | null } };

export type AssistantDraftSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type AssistantDraftSubscription = { assistantDraft: { messageId: string, index: number, delta: string, state: string, offline: boolean, authorName: string } };

export type TypingSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type TypingSubscription = { typing: { who: string, name: string | null, typing: boolean } };

export type QueuePositionSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type QueuePositionSubscription = { queuePosition: { waiting: boolean, position: number | null, estimatedWaitSeconds: number | null, nobodyAvailable: boolean, awayMessage: string | null } };

export type LeaveEmailForReplyMutationVariables = Exact<{
  input: LeaveEmailForReplyInput;
}>;


export type LeaveEmailForReplyMutation = { leaveEmailForReply: { conversationId: string } };

export type RequestHumanAgentMutationVariables = Exact<{
  input: RequestHumanInput;
}>;


export type RequestHumanAgentMutation = { requestHumanAgent: { conversationId: string } };

export const AiUsageGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AiUsageGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AiUsageGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"failedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"handedOff"}},{"kind":"Field","name":{"kind":"Name","value":"handOffRate"}}]}}]} as unknown as DocumentNode<AiUsageGroupFieldsFragment, unknown>;
export const ApprovalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ApprovalFieldsFragment, unknown>;
export const AutomationRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stopProcessing"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AutomationRuleFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<MeetingFieldsFragment, unknown>;
export const ConsoleConversationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleConversationFragment, unknown>;
export const ConsoleMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"chunkId"}}]}}]}}]} as unknown as DocumentNode<ConsoleMessageFragment, unknown>;
export const LiveKpisCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveKpisCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveKpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"activeConversations"}},{"kind":"Field","name":{"kind":"Name","value":"humanHandledNow"}},{"kind":"Field","name":{"kind":"Name","value":"conversationsToday"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedToday"}},{"kind":"Field","name":{"kind":"Name","value":"botResolvedToday"}},{"kind":"Field","name":{"kind":"Name","value":"avgFirstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"avgResolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"csatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"csatResponses"}},{"kind":"Field","name":{"kind":"Name","value":"csatResponseRate"}},{"kind":"Field","name":{"kind":"Name","value":"fcrPercent"}},{"kind":"Field","name":{"kind":"Name","value":"aiResolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"slaAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"agentsOnline"}}]}}]} as unknown as DocumentNode<LiveKpisCardFragment, unknown>;
export const PerformanceRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"conversationsHandled"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponses"}},{"kind":"Field","name":{"kind":"Name","value":"replies"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"avgFirstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"avgResolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"csatResponses"}},{"kind":"Field","name":{"kind":"Name","value":"csatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"awaySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"busySeconds"}}]}}]} as unknown as DocumentNode<PerformanceRowFieldsFragment, unknown>;
export const CoverageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdInForce"}},{"kind":"Field","name":{"kind":"Name","value":"manualThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"calibratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tookMs"}},{"kind":"Field","name":{"kind":"Name","value":"labelledExamples"}},{"kind":"Field","name":{"kind":"Name","value":"operatingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"answerableHandedOff"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerableAnswered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"curve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"answerableHandedOff"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerableAnswered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerable"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"handedOff"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousCalibratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBefore"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAfter"}},{"kind":"Field","name":{"kind":"Name","value":"probesBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerable"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerable"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageFieldsFragment, unknown>;
export const KnowledgeDocumentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"indexingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"indexingProgress"}},{"kind":"Field","name":{"kind":"Name","value":"indexingError"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<KnowledgeDocumentRowFragment, unknown>;
export const KnowledgeEditorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDocumentRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"indexingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"indexingProgress"}},{"kind":"Field","name":{"kind":"Name","value":"indexingError"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<KnowledgeEditorFieldsFragment, unknown>;
export const KnowledgeIndexingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeIndexingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeIndexingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<KnowledgeIndexingFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creatorKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const TicketRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketRowFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const WidgetSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WidgetSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundColor"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"awayMessage"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketWhenNobodyAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"widgetOperationsSafelisted"}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"persona"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"handoffThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolveThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"wordVariants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullForm"}},{"kind":"Field","name":{"kind":"Name","value":"variants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identityVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<WidgetSettingsFieldsFragment, unknown>;
export const WidgetMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WidgetMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]} as unknown as DocumentNode<WidgetMessageFragment, unknown>;
export const AiUsagePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AiUsagePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"failedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"handedOff"}},{"kind":"Field","name":{"kind":"Name","value":"handOffRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPurpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AiUsageGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AiUsageGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AiUsageGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AiUsageGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"failedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"handedOff"}},{"kind":"Field","name":{"kind":"Name","value":"handOffRate"}}]}}]} as unknown as DocumentNode<AiUsagePageQuery, AiUsagePageQueryVariables>;
export const ApiKeysListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"resetAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysListQuery, ApiKeysListQueryVariables>;
export const ApiKeysCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysCreateMutation, ApiKeysCreateMutationVariables>;
export const ApiKeysRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysRevokeMutation, ApiKeysRevokeMutationVariables>;
export const ApiKeysUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"resetAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysUpdateMutation, ApiKeysUpdateMutationVariables>;
export const ApprovalsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ApprovalsListQuery, ApprovalsListQueryVariables>;
export const ApprovalDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFields"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromUserName"}},{"kind":"Field","name":{"kind":"Name","value":"toUserName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ApprovalDetailQuery, ApprovalDetailQueryVariables>;
export const ApprovalDecidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalDeciders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MANAGER"},{"kind":"EnumValue","value":"TENANT_ADMIN"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalDecidersQuery, ApprovalDecidersQueryVariables>;
export const DecideApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DecideApprovalMutation, DecideApprovalMutationVariables>;
export const ReassignApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ReassignApprovalMutation, ReassignApprovalMutationVariables>;
export const RequestApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RequestApprovalMutation, RequestApprovalMutationVariables>;
export const ApprovalUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ApprovalUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAction"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ApprovalUpdatedSubscription, ApprovalUpdatedSubscriptionVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const AuditLogFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byResourceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogFacetsQuery, AuditLogFacetsQueryVariables>;
export const ServerInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServerInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assistantMode"}}]}}]}}]} as unknown as DocumentNode<ServerInfoQuery, ServerInfoQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AutomationRulesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomationRulesList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automationRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutomationRuleFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stopProcessing"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AutomationRulesListQuery, AutomationRulesListQueryVariables>;
export const AutomationRuleOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomationRuleOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutomationRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stopProcessing"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AutomationRuleOneQuery, AutomationRuleOneQueryVariables>;
export const AutomationEditorDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomationEditorData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automationRuleLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"timeAnchors"}},{"kind":"Field","name":{"kind":"Name","value":"maxTimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"ops"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DISPLAY_NAME_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomationEditorDataQuery, AutomationEditorDataQueryVariables>;
export const AutomationValidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomationValidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationRuleDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateAutomationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AutomationValidateQuery, AutomationValidateQueryVariables>;
export const AutomationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutomationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAutomationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAutomationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automationRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutomationRuleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stopProcessing"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AutomationCreateMutation, AutomationCreateMutationVariables>;
export const AutomationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutomationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAutomationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAutomationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automationRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutomationRuleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stopProcessing"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AutomationUpdateMutation, AutomationUpdateMutationVariables>;
export const AutomationDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutomationDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAutomationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAutomationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAutomationRuleId"}}]}}]}}]} as unknown as DocumentNode<AutomationDeleteMutation, AutomationDeleteMutationVariables>;
export const AutomationReorderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutomationReorder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderAutomationRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderAutomationRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automationRuleIds"}}]}}]}}]} as unknown as DocumentNode<AutomationReorderMutation, AutomationReorderMutationVariables>;
export const AutomationSimulateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomationSimulate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateAutomationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateAutomationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"matchedCount"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"effects"}}]}}]}}]}}]} as unknown as DocumentNode<AutomationSimulateQuery, AutomationSimulateQueryVariables>;
export const CalendarMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendeeIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendeeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendeeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<CalendarMeetingsQuery, CalendarMeetingsQueryVariables>;
export const LinkedCallbacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkedCallbacks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CALLBACK"}]}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SCHEDULED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}}]}}]}}]} as unknown as DocumentNode<LinkedCallbacksQuery, LinkedCallbacksQueryVariables>;
export const CalendarMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<CalendarMeetingQuery, CalendarMeetingQueryVariables>;
export const CalendarUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarUsersQuery, CalendarUsersQueryVariables>;
export const CalendarContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarContactsQuery, CalendarContactsQueryVariables>;
export const FreeSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreeSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<FreeSlotsQuery, FreeSlotsQueryVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const CancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const CompleteMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<CompleteMeetingMutation, CompleteMeetingMutationVariables>;
export const SummarizeMeetingContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SummarizeMeetingContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SummarizeMeetingContextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summarizeMeetingContext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<SummarizeMeetingContextMutation, SummarizeMeetingContextMutationVariables>;
export const ScheduleCallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleCallbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<ScheduleCallbackMutation, ScheduleCallbackMutationVariables>;
export const MeetingUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<MeetingUpdatedSubscription, MeetingUpdatedSubscriptionVariables>;
export const RespondToMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"customerTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<RespondToMeetingMutation, RespondToMeetingMutationVariables>;
export const CannedResponsesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedResponsesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CannedResponseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CannedResponsesListQuery, CannedResponsesListQueryVariables>;
export const CannedResponsesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedResponsesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCannedResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCannedResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}}]}}]}}]} as unknown as DocumentNode<CannedResponsesCreateMutation, CannedResponsesCreateMutationVariables>;
export const CannedResponsesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedResponsesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCannedResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCannedResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}}]}}]}}]} as unknown as DocumentNode<CannedResponsesUpdateMutation, CannedResponsesUpdateMutationVariables>;
export const CannedResponsesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedResponsesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCannedResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCannedResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCannedResponseId"}}]}}]}}]} as unknown as DocumentNode<CannedResponsesDeleteMutation, CannedResponsesDeleteMutationVariables>;
export const ConsoleConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleConversationsQuery, ConsoleConversationsQueryVariables>;
export const ConsoleConversationUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleConversationUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleConversationUpdatedSubscription, ConsoleConversationUpdatedSubscriptionVariables>;
export const ConsoleMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMessage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"chunkId"}}]}}]}}]} as unknown as DocumentNode<ConsoleMessagesQuery, ConsoleMessagesQueryVariables>;
export const ConsoleMessageAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleMessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"chunkId"}}]}}]}}]} as unknown as DocumentNode<ConsoleMessageAddedSubscription, ConsoleMessageAddedSubscriptionVariables>;
export const ConsoleAssistantDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleAssistantDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssistantDraftSubscription, ConsoleAssistantDraftSubscriptionVariables>;
export const ConsoleTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typing"}}]}}]}}]} as unknown as DocumentNode<ConsoleTypingSubscription, ConsoleTypingSubscriptionVariables>;
export const ConsoleSetTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTypingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetTypingMutation, ConsoleSetTypingMutationVariables>;
export const ConsoleSendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMessage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"chunkId"}}]}}]}}]} as unknown as DocumentNode<ConsoleSendMessageMutation, ConsoleSendMessageMutationVariables>;
export const ConsoleTakeOverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTakeOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOverConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleTakeOverMutation, ConsoleTakeOverMutationVariables>;
export const ConsoleHandBackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleHandBack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handBackConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleHandBackMutation, ConsoleHandBackMutationVariables>;
export const ConsoleResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleResolveMutation, ConsoleResolveMutationVariables>;
export const ConsoleReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleReopenMutation, ConsoleReopenMutationVariables>;
export const ConsoleAssistantContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssistantContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantContext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"wantsHuman"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"chunkId"}},{"kind":"Field","name":{"kind":"Name","value":"headingPath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssistantContextQuery, ConsoleAssistantContextQueryVariables>;
export const ConsoleSetAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSetAvailabilityMutation, ConsoleSetAvailabilityMutationVariables>;
export const ConsoleHeartbeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleHeartbeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heartbeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleHeartbeatMutation, ConsoleHeartbeatMutationVariables>;
export const ConsoleConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleConversationQuery, ConsoleConversationQueryVariables>;
export const ConsoleCannedResponsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCannedResponses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CannedResponseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCannedResponsesQuery, ConsoleCannedResponsesQueryVariables>;
export const ConsoleRenderCannedResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRenderCannedResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortcut"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renderCannedResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shortcut"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortcut"}}}]}]}}]} as unknown as DocumentNode<ConsoleRenderCannedResponseQuery, ConsoleRenderCannedResponseQueryVariables>;
export const ConsoleTransferTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTransferTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"takesConversations"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTransferTargetsQuery, ConsoleTransferTargetsQueryVariables>;
export const ConsoleTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleTransferMutation, ConsoleTransferMutationVariables>;
export const ConsolePresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePresence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]} as unknown as DocumentNode<ConsolePresenceQuery, ConsolePresenceQueryVariables>;
export const ConsolePresenceChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsolePresenceChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presenceChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]} as unknown as DocumentNode<ConsolePresenceChangedSubscription, ConsolePresenceChangedSubscriptionVariables>;
export const ConsoleContactConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleContactConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CREATED_AT_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConsoleContactConversationsQuery, ConsoleContactConversationsQueryVariables>;
export const ConsoleMarkAnswerNotInKnowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkAnswerNotInKnowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkAnswerNotInKnowledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAnswerNotInKnowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"example"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkAnswerNotInKnowledgeMutation, ConsoleMarkAnswerNotInKnowledgeMutationVariables>;
export const ConsoleMarkHandoffAnswerableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkHandoffAnswerable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkHandoffAnswerableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markHandoffAnswerable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"example"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkHandoffAnswerableMutation, ConsoleMarkHandoffAnswerableMutationVariables>;
export const ConsolePublishedArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePublishedArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TITLE_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePublishedArticlesQuery, ConsolePublishedArticlesQueryVariables>;
export const DashboardLiveKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardLiveKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveKpisCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveKpisCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveKpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"activeConversations"}},{"kind":"Field","name":{"kind":"Name","value":"humanHandledNow"}},{"kind":"Field","name":{"kind":"Name","value":"conversationsToday"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedToday"}},{"kind":"Field","name":{"kind":"Name","value":"botResolvedToday"}},{"kind":"Field","name":{"kind":"Name","value":"avgFirstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"avgResolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"csatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"csatResponses"}},{"kind":"Field","name":{"kind":"Name","value":"csatResponseRate"}},{"kind":"Field","name":{"kind":"Name","value":"fcrPercent"}},{"kind":"Field","name":{"kind":"Name","value":"aiResolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"slaAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"agentsOnline"}}]}}]} as unknown as DocumentNode<DashboardLiveKpisQuery, DashboardLiveKpisQueryVariables>;
export const DashboardKpisUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardKpisUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpisUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveKpisCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveKpisCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveKpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"activeConversations"}},{"kind":"Field","name":{"kind":"Name","value":"humanHandledNow"}},{"kind":"Field","name":{"kind":"Name","value":"conversationsToday"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedToday"}},{"kind":"Field","name":{"kind":"Name","value":"botResolvedToday"}},{"kind":"Field","name":{"kind":"Name","value":"avgFirstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"avgResolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"csatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"csatResponses"}},{"kind":"Field","name":{"kind":"Name","value":"csatResponseRate"}},{"kind":"Field","name":{"kind":"Name","value":"fcrPercent"}},{"kind":"Field","name":{"kind":"Name","value":"aiResolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"slaAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"agentsOnline"}}]}}]} as unknown as DocumentNode<DashboardKpisUpdatedSubscription, DashboardKpisUpdatedSubscriptionVariables>;
export const DashboardOwnTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOwnTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOwnTenantQuery, DashboardOwnTenantQueryVariables>;
export const DashboardChartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCharts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiGranularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessHoursOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hourlyStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"conversationsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"botResolutions"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"firstResponse"},"name":{"kind":"Name","value":"kpiSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"FIRST_RESPONSE"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"businessHoursOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessHoursOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"resolutions"},"name":{"kind":"Name","value":"kpiSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"RESOLUTION"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"botResolutions"},"name":{"kind":"Name","value":"kpiSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"BOT_RESOLVED"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"slaMet"},"name":{"kind":"Name","value":"kpiSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"SLA_MET"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"slaMissed"},"name":{"kind":"Name","value":"kpiSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"SLA_MISSED"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardChartsQuery, DashboardChartsQueryVariables>;
export const DashboardOperatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOperators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessHoursOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"businessHoursOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessHoursOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"conversationsHandled"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponses"}},{"kind":"Field","name":{"kind":"Name","value":"replies"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"avgFirstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"avgResolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"csatResponses"}},{"kind":"Field","name":{"kind":"Name","value":"csatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"awaySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"busySeconds"}}]}}]} as unknown as DocumentNode<DashboardOperatorsQuery, DashboardOperatorsQueryVariables>;
export const DashboardTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessHoursOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"businessHoursOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessHoursOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"conversationsHandled"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponses"}},{"kind":"Field","name":{"kind":"Name","value":"replies"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"avgFirstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"avgResolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"csatResponses"}},{"kind":"Field","name":{"kind":"Name","value":"csatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"awaySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"busySeconds"}}]}}]} as unknown as DocumentNode<DashboardTeamsQuery, DashboardTeamsQueryVariables>;
export const DashboardCsatRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCsatRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csatDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}]}]}}]} as unknown as DocumentNode<DashboardCsatRatingsQuery, DashboardCsatRatingsQueryVariables>;
export const DashboardDrillDownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDrillDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingEventFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"valueSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"valueBusinessSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardDrillDownQuery, DashboardDrillDownQueryVariables>;
export const DashboardExportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardExportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<DashboardExportReportQuery, DashboardExportReportQueryVariables>;
export const DashboardTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardTenantsQuery, DashboardTenantsQueryVariables>;
export const DashboardTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]} as unknown as DocumentNode<DashboardTenantQuery, DashboardTenantQueryVariables>;
export const CoverageExamplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageExamples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeExampleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeExamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageExamplesQuery, CoverageExamplesQueryVariables>;
export const CoverageDismissExampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoverageDismissExample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveKnowledgeExampleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveKnowledgeExample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"example"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageDismissExampleMutation, CoverageDismissExampleMutationVariables>;
export const KnowledgeCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdInForce"}},{"kind":"Field","name":{"kind":"Name","value":"manualThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"calibratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tookMs"}},{"kind":"Field","name":{"kind":"Name","value":"labelledExamples"}},{"kind":"Field","name":{"kind":"Name","value":"operatingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"answerableHandedOff"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerableAnswered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"curve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"answerableHandedOff"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerableAnswered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerable"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"handedOff"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousCalibratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBefore"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAfter"}},{"kind":"Field","name":{"kind":"Name","value":"probesBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerable"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerable"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeCoverageQuery, KnowledgeCoverageQueryVariables>;
export const RecalibrateKnowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecalibrateKnowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recalibrateKnowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdInForce"}},{"kind":"Field","name":{"kind":"Name","value":"manualThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"calibratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tookMs"}},{"kind":"Field","name":{"kind":"Name","value":"labelledExamples"}},{"kind":"Field","name":{"kind":"Name","value":"operatingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"answerableHandedOff"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerableAnswered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"curve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"answerableHandedOff"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerableAnswered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerable"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"handedOff"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousCalibratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBefore"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAfter"}},{"kind":"Field","name":{"kind":"Name","value":"probesBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerable"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerable"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RecalibrateKnowledgeMutation, RecalibrateKnowledgeMutationVariables>;
export const KnowledgeDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TITLE_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDocumentRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"indexingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"indexingProgress"}},{"kind":"Field","name":{"kind":"Name","value":"indexingError"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<KnowledgeDocumentsQuery, KnowledgeDocumentsQueryVariables>;
export const KnowledgeIndexingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"KnowledgeIndexing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeIndexing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeIndexingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeIndexingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeIndexingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<KnowledgeIndexingSubscription, KnowledgeIndexingSubscriptionVariables>;
export const KnowledgeSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchKnowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"wouldHandOff"}},{"kind":"Field","name":{"kind":"Name","value":"tookMs"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chunkId"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"denseRank"}},{"kind":"Field","name":{"kind":"Name","value":"lexicalRank"}},{"kind":"Field","name":{"kind":"Name","value":"headingPath"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeSearchQuery, KnowledgeSearchQueryVariables>;
export const KnowledgeEditorDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeEditorDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"indexingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"indexingProgress"}},{"kind":"Field","name":{"kind":"Name","value":"indexingError"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDocumentRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]} as unknown as DocumentNode<KnowledgeEditorDocumentQuery, KnowledgeEditorDocumentQueryVariables>;
export const CreateKnowledgeDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKnowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKnowledgeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeEditorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"indexingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"indexingProgress"}},{"kind":"Field","name":{"kind":"Name","value":"indexingError"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDocumentRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]} as unknown as DocumentNode<CreateKnowledgeDocumentMutation, CreateKnowledgeDocumentMutationVariables>;
export const UpdateKnowledgeDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKnowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKnowledgeDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKnowledgeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeEditorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"indexingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"indexingProgress"}},{"kind":"Field","name":{"kind":"Name","value":"indexingError"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDocumentRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]} as unknown as DocumentNode<UpdateKnowledgeDocumentMutation, UpdateKnowledgeDocumentMutationVariables>;
export const PublishKnowledgeDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishKnowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocumentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishKnowledgeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeEditorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"indexingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"indexingProgress"}},{"kind":"Field","name":{"kind":"Name","value":"indexingError"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDocumentRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]} as unknown as DocumentNode<PublishKnowledgeDocumentMutation, PublishKnowledgeDocumentMutationVariables>;
export const UnpublishKnowledgeDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishKnowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocumentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishKnowledgeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeEditorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"indexingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"indexingProgress"}},{"kind":"Field","name":{"kind":"Name","value":"indexingError"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDocumentRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]} as unknown as DocumentNode<UnpublishKnowledgeDocumentMutation, UnpublishKnowledgeDocumentMutationVariables>;
export const DeleteKnowledgeDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteKnowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocumentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKnowledgeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteKnowledgeDocumentMutation, DeleteKnowledgeDocumentMutationVariables>;
export const KnowledgeDocumentIndexingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"KnowledgeDocumentIndexing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeIndexing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeIndexingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeIndexingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeIndexingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"chunkCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<KnowledgeDocumentIndexingSubscription, KnowledgeDocumentIndexingSubscriptionVariables>;
export const ImportKnowledgeDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportKnowledgeDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKnowledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importKnowledgeDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}}]}}]}}]} as unknown as DocumentNode<ImportKnowledgeDocumentsMutation, ImportKnowledgeDocumentsMutationVariables>;
export const ResolveKnowledgeExampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveKnowledgeExample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveKnowledgeExampleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveKnowledgeExample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"example"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveKnowledgeExampleMutation, ResolveKnowledgeExampleMutationVariables>;
export const NotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationBell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationBellQuery, NotificationBellQueryVariables>;
export const NotificationsMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedIds"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const OutboxMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxMessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutboxMessagesQuery, OutboxMessagesQueryVariables>;
export const TenantChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantChoicesQuery, TenantChoicesQueryVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const RotateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotateCalendarFeedMutation, RotateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SlaSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorities"}},{"kind":"Field","name":{"kind":"Name","value":"queueIds"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlaSettingsQuery, SlaSettingsQueryVariables>;
export const SlaUpsertCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaUpsertCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertBusinessCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertBusinessCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SlaUpsertCalendarMutation, SlaUpsertCalendarMutationVariables>;
export const SlaImportHolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaImportHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportHolidaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importHolidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceIgnored"}}]}}]}}]} as unknown as DocumentNode<SlaImportHolidaysMutation, SlaImportHolidaysMutationVariables>;
export const SlaCreatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaCreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSlaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SlaCreatePolicyMutation, SlaCreatePolicyMutationVariables>;
export const SlaUpdatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaUpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSlaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}}]} as unknown as DocumentNode<SlaUpdatePolicyMutation, SlaUpdatePolicyMutationVariables>;
export const SlaDeletePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaDeletePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSlaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedSlaPolicyId"}}]}}]}}]} as unknown as DocumentNode<SlaDeletePolicyMutation, SlaDeletePolicyMutationVariables>;
export const SlaReorderPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaReorderPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderSlaPoliciesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderSlaPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<SlaReorderPoliciesMutation, SlaReorderPoliciesMutationVariables>;
export const BoardTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"POSITION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"done"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creatorKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<BoardTasksQuery, BoardTasksQueryVariables>;
export const TaskAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskAssignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskAssigneesQuery, TaskAssigneesQueryVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creatorKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creatorKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creatorKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TaskUpdatedSubscription, TaskUpdatedSubscriptionVariables>;
export const TeamProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"averageLeadTimeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<TeamProgressQuery, TeamProgressQueryVariables>;
export const TeamUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DISPLAY_NAME_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentChats"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamUsersQuery, TeamUsersQueryVariables>;
export const TeamPermissionMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamPermissionMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<TeamPermissionMatrixQuery, TeamPermissionMatrixQueryVariables>;
export const TeamCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<TeamCreateUserMutation, TeamCreateUserMutationVariables>;
export const TeamUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrentChats"}}]}}]}}]}}]} as unknown as DocumentNode<TeamUpdateUserMutation, TeamUpdateUserMutationVariables>;
export const TeamDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<TeamDeactivateUserMutation, TeamDeactivateUserMutationVariables>;
export const TeamReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<TeamReactivateUserMutation, TeamReactivateUserMutationVariables>;
export const PlatformTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformTenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformTenantsQuery, PlatformTenantsQueryVariables>;
export const PlatformCreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlatformCreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformCreateTenantMutation, PlatformCreateTenantMutationVariables>;
export const PlatformSuspendTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlatformSuspendTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformSuspendTenantMutation, PlatformSuspendTenantMutationVariables>;
export const PlatformReactivateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlatformReactivateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformReactivateTenantMutation, PlatformReactivateTenantMutationVariables>;
export const TicketsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketsListQuery, TicketsListQueryVariables>;
export const TicketDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContext"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ticketVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketDetailQuery, TicketDetailQueryVariables>;
export const TicketPickersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketPickers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DISPLAY_NAME_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketPickersQuery, TicketPickersQueryVariables>;
export const TicketUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketUpdatedSubscription, TicketUpdatedSubscriptionVariables>;
export const CreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
export const CreateTicketFromConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicketFromConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketFromConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicketFromConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateTicketFromConversationMutation, CreateTicketFromConversationMutationVariables>;
export const AssignTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AssignTicketMutation, AssignTicketMutationVariables>;
export const UpdateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateTicketMutation, UpdateTicketMutationVariables>;
export const CommentOnTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommentOnTicketMutation, CommentOnTicketMutationVariables>;
export const ResolveTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResolveTicketMutation, ResolveTicketMutationVariables>;
export const ReopenTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReopenTicketMutation, ReopenTicketMutationVariables>;
export const CloseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CloseTicketMutation, CloseTicketMutationVariables>;
export const EscalateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"slaFirstResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaNextResponseState"}},{"kind":"Field","name":{"kind":"Name","value":"slaResolutionState"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaPausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EscalateTicketMutation, EscalateTicketMutationVariables>;
export const ConversationTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationTicketsQuery, ConversationTicketsQueryVariables>;
export const TicketEscalationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketEscalationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEscalationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalate"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"effects"}}]}}]}}]}}]} as unknown as DocumentNode<TicketEscalationPreviewQuery, TicketEscalationPreviewQueryVariables>;
export const WebhookEndpointsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpointsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsListQuery, WebhookEndpointsListQueryVariables>;
export const WebhookDeliveriesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveriesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesListQuery, WebhookDeliveriesListQueryVariables>;
export const WebhooksCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhooksCreateMutation, WebhooksCreateMutationVariables>;
export const WebhooksUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhooksUpdateMutation, WebhooksUpdateMutationVariables>;
export const WebhooksRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhooksRotateMutation, WebhooksRotateMutationVariables>;
export const WebhooksDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<WebhooksDeleteMutation, WebhooksDeleteMutationVariables>;
export const WebhooksSendTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksSendTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendTestWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksSendTestMutation, WebhooksSendTestMutationVariables>;
export const WebhooksRedeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksRedeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksRedeliverMutation, WebhooksRedeliverMutationVariables>;
export const WidgetSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"widgetKey"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WidgetSettingsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WidgetSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundColor"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"awayMessage"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketWhenNobodyAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"widgetOperationsSafelisted"}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"persona"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"handoffThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolveThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"wordVariants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullForm"}},{"kind":"Field","name":{"kind":"Name","value":"variants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identityVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<WidgetSettingsQuery, WidgetSettingsQueryVariables>;
export const WidgetSettingsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetSettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WidgetSettingsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WidgetSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundColor"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"awayMessage"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketWhenNobodyAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"widgetOperationsSafelisted"}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"persona"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"handoffThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolveThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"wordVariants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullForm"}},{"kind":"Field","name":{"kind":"Name","value":"variants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identityVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<WidgetSettingsUpdateMutation, WidgetSettingsUpdateMutationVariables>;
export const WidgetSettingsRotateSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetSettingsRotateSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateIdentitySecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateIdentitySecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WidgetSettingsRotateSecretMutation, WidgetSettingsRotateSecretMutationVariables>;
export const WidgetConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"widgetKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"widgetConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"widgetKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"widgetKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"assistantName"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"branding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundColor"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetConfigQuery, WidgetConfigQueryVariables>;
export const StartWidgetSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartWidgetSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartWidgetSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWidgetSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<StartWidgetSessionMutation, StartWidgetSessionMutationVariables>;
export const MyConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"csatRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyConversationsQuery, MyConversationsQueryVariables>;
export const SubmitCsatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCsat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCsatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCsat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]} as unknown as DocumentNode<SubmitCsatMutation, SubmitCsatMutationVariables>;
export const StartConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]} as unknown as DocumentNode<StartConversationMutation, StartConversationMutationVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WidgetMessage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WidgetMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const SetTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTypingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<SetTypingMutation, SetTypingMutationVariables>;
export const MessageAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WidgetMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WidgetMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]} as unknown as DocumentNode<MessageAddedSubscription, MessageAddedSubscriptionVariables>;
export const AssistantDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AssistantDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]}}]} as unknown as DocumentNode<AssistantDraftSubscription, AssistantDraftSubscriptionVariables>;
export const TypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Typing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typing"}}]}}]}}]} as unknown as DocumentNode<TypingSubscription, TypingSubscriptionVariables>;
export const QueuePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueuePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queuePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"nobodyAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"awayMessage"}}]}}]}}]} as unknown as DocumentNode<QueuePositionSubscription, QueuePositionSubscriptionVariables>;
export const LeaveEmailForReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveEmailForReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveEmailForReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveEmailForReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]} as unknown as DocumentNode<LeaveEmailForReplyMutation, LeaveEmailForReplyMutationVariables>;
export const RequestHumanAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestHumanAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestHumanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestHumanAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]} as unknown as DocumentNode<RequestHumanAgentMutation, RequestHumanAgentMutationVariables>;
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { DateTimeISO } from '../../graphql/scalars.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { hasPermission, requireStaffTenant } from '../../auth/viewer.js';
import { WidgetConversationType } from '../conversations/conversation.type.js';
import { ViewerType } from '../sessions/session.types.js';
import { MeetingStatus, MeetingType } from './meeting.entity.js';
import { CalendarFeedType, FreeSlotType, MeetingConflictType, MeetingTypeGql, WidgetCallbackType } from './meeting.type.js';
import {
  CompleteMeetingInput,
  MeetingConflictsInput,
  MeetingIdInput,
  RespondToMeetingInput,
  ScheduleCallbackInput,
  ScheduleMeetingInput,
  SummarizeMeetingContextInput,
  UpdateMeetingInput,
} from './meeting.inputs.js';
import { expand, meetingRowsInRange, readMeeting, toMeeting } from './meeting.reads.js';
import { cancelMeeting, completeMeeting, findConflicts, respondToMeeting, scheduleMeeting, seriesForCheck, tenantContacts, tenantUsers, updateMeeting } from './meeting.service.js';
import { scheduleCallback } from './callback.service.js';
import { freeSlots } from './free-slots.js';
import { readFeed, revokeFeed, rotateFeed } from './calendar-feed.js';
import { summarizeContext } from './meeting-summary.js';


const DAY = 86_400_000;
const MAX_RANGE_DAYS = 62;
const MAX_OCCURRENCES_PER_READ = 5000;

async function meetingById(ctx: Context, id: string): Promise<MeetingTypeGql> {
  const row = isUuid(id) ? await readMeeting(ctx.services, ctx.scope(), id) : null;
  if (!row) throw notFound('Meeting');
  return toMeeting(row);
}

@ObjectType('MeetingPayload', { simpleResolvers: true, description: 'The meeting after the change.' })
export class MeetingPayload {
  meetingId!: string;

  @Field(() => MeetingTypeGql, { description: 'The meeting as it is now (its first occurrence’s times).' })
  meeting(@Ctx() ctx: Context) {
    return meetingById(ctx, this.meetingId);
  }
}

@ObjectType('CalendarFeedPayload', { simpleResolvers: true, description: 'Your calendar feed after the change.' })
export class CalendarFeedPayload {
  @Field(() => CalendarFeedType, { description: 'The feed as it is now (its URL after a rotation).' })
  feed!: CalendarFeedType;
}

const payload = (ref: { id: string }) => Object.assign(new MeetingPayload(), { meetingId: ref.id });

function mayFollow(ctx: Context, e: TopicPayloads['MEETING_UPDATED'], mine: boolean): boolean {
  const v = ctx.viewer;
  if (v.kind !== 'user' && v.kind !== 'apiKey') return false;
  if (v.tenantId !== e.tenantId || !v.permissions.has('meetings.view')) return false;
  if (mine) return v.kind === 'user' && e.userIds.includes(v.userId);
  return true;
}

// Per parsed document (Apollo caches documents by text): the same field node, the same answer
// (directives are not looked at: a field under @skip only adds a column).
const fieldsByNode = new WeakMap<object, Set<string> | null>();
/** The field names selected directly on the list (null when fragments make it unclear: read all). */
function requestedFields(info: GraphQLResolveInfo): Set<string> | null {
  if (info.fieldNodes.length !== 1) return fieldsOf(info);
  const node = info.fieldNodes[0];
  let fields = fieldsByNode.get(node);
  if (fields === undefined) fieldsByNode.set(node, (fields = fieldsOf(info)));
  return fields;
}
function fieldsOf(info: GraphQLResolveInfo): Set<string> | null {
  const out = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const sel of node.selectionSet?.selections ?? []) {
      if (sel.kind !== Kind.FIELD) return null;
      out.add(sel.name.value);
    }
  }
  return out;
}

async function assertInTenant(ctx: Context, userIds: string[], contactId: string | null, conversationId: string | null, ticketId: string | null) {
  const all = [...userIds, contactId, conversationId, ticketId].filter((x): x is string => !!x);
  if (all.some((x) => !isUuid(x))) throw notFound('Object');
  const scope = ctx.scope();
  const uniq = [...new Set(userIds)];
  const [r] = await ctx.services.readPool.scopedQuery<{ users: number; contact: boolean; conversation: boolean; ticket: boolean }>(
    scope,
    `select (select count(*)::int from users where tenant_id = $1 and id = any($2::uuid[])) as users,
            ($3::uuid is null or exists (select 1 from contacts where tenant_id = $1 and id = $3)) as contact,
            ($4::uuid is null or exists (select 1 from conversations where tenant_id = $1 and id = $4)) as conversation,
            ($5::uuid is null or exists (select 1 from tickets where tenant_id = $1 and id = $5)) as ticket`,
    [uniq, contactId, conversationId, ticketId],
  );
  if (!r || r.users !== uniq.length) throw notFound('User');
  if (!r.contact) throw notFound('Contact');
  if (!r.conversation) throw notFound('Conversation');
  if (!r.ticket) throw notFound('Ticket');
}

function checkRange(from: Date, to: Date) {
  if (!(to.getTime() > from.getTime())) throw badInput('to must be after from', 'to');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) throw badInput(`the range is at most ${MAX_RANGE_DAYS} days`, 'to');
}

@Resolver(() => MeetingTypeGql)
export class MeetingResolver {
  @Query(() => [MeetingTypeGql], {
    description: `Meetings of your tenant overlapping [from, to) (at most ${MAX_RANGE_DAYS} days), ordered by start; recurring meetings appear once per occurrence (same id, \`occurrenceStart\` set). Narrow by attendee(s), contact, type, status or linked conversation/ticket.`,
  })
  async meetings(
    @Arg('from', () => DateTimeISO, { description: 'Start of the range (inclusive).' }) from: Date,
    @Arg('to', () => DateTimeISO, { description: 'End of the range (exclusive; at most 62 days after `from`).' }) to: Date,
    @Arg('attendeeId', () => ID, { nullable: true, description: 'Only meetings this staff user attends (or organizes).' }) attendeeId: string | null,
    @Arg('attendeeIds', () => [ID], { nullable: true, description: 'Only meetings any of these users attend (a team calendar).' }) attendeeIds: string[] | null,
    @Arg('contactId', () => ID, { nullable: true, description: 'Only meetings with this contact.' }) contactId: string | null,
    @Arg('types', () => [MeetingType], { nullable: true, description: 'Only these meeting types; default: every type.' }) types: MeetingType[] | null,
    @Arg('statuses', () => [MeetingStatus], { nullable: true, description: 'Default: every status.' }) statuses: MeetingStatus[] | null,
    @Arg('conversationId', () => ID, { nullable: true, description: 'Only meetings linked to this conversation.' }) conversationId: string | null,
    @Arg('ticketId', () => ID, { nullable: true, description: 'Only meetings linked to this ticket.' }) ticketId: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeetingTypeGql[]> {
    checkRange(from, to);
    const ids = [...(attendeeId ? [attendeeId] : []), ...(attendeeIds ?? [])];
    if (ids.length > 200) throw badInput('at most 200 attendeeIds', 'attendeeIds');
    // Naming another tenant's user, contact, conversation or ticket: NOT_FOUND (one statement at most).
    // Attendees are checked first: a page of one attendee's meetings says nothing of the others.
    // A contact, conversation or ticket is checked only when nothing was found: every meeting
    // read (of this tenant) is linked to it, which proves it is the tenant's — one statement less
    // on the common read (a conversation's or ticket's meetings).
    const filterIds = [...ids, contactId, conversationId, ticketId].filter((x): x is string => !!x);
    if (filterIds.some((x) => !isUuid(x))) throw notFound('Object');
    if (ids.length) await assertInTenant(ctx, ids, contactId, conversationId, ticketId);
    const rows = await meetingRowsInRange(ctx.services, ctx.scope(), { from, to, userIds: ids, contactId, types, statuses, conversationId, ticketId, fields: requestedFields(info) });
    if (!rows.length && !ids.length && filterIds.length) await assertInTenant(ctx, ids, contactId, conversationId, ticketId);
    return expand(rows, from, to, MAX_OCCURRENCES_PER_READ);
  }

  @Query(() => MeetingTypeGql, { description: 'One meeting (NOT_FOUND outside your tenant); times of its first occurrence.' })
  meeting(@Arg('id', () => ID, { description: 'The meeting\'s id.' }) id: string, @Ctx() ctx: Context) {
    return meetingById(ctx, id);
  }

  @Query(() => [FreeSlotType], {
    description:
      'Times (on a `stepMinutes` grid, default 15) when every user is free for `durationMinutes`: inside the business hours of the queue (or the tenant’s default calendar), not on holidays, not in the past, at least `bufferMinutes` (default 5) away from their meetings (declined and cancelled ones do not count). At most `limit` (default 50, ≤ 500).',
  })
  freeSlots(
    @Arg('userIds', () => [ID], { description: 'The staff users who must all be free (1–50, of your tenant).' }) userIds: string[],
    @Arg('from', () => DateTimeISO, { description: 'Earliest start considered (times before now are skipped).' }) from: Date,
    @Arg('to', () => DateTimeISO, { description: 'Latest end considered (at most 62 days after `from`).' }) to: Date,
    @Arg('durationMinutes', () => Int, { description: 'Length of the meeting in minutes (5–1,440).' }) durationMinutes: number,
    @Arg('queueId', () => ID, { nullable: true, description: 'Use this queue\'s business calendar instead of the tenant\'s default one.' }) queueId: string | null,
    @Arg('bufferMinutes', () => Int, { nullable: true, description: 'Minutes kept free before and after each existing meeting (0–240, default 5).' }) bufferMinutes: number | null,
    @Arg('stepMinutes', () => Int, { nullable: true, description: 'Grid of start times in minutes (5–240, default 15).' }) stepMinutes: number | null,
    @Arg('limit', () => Int, { nullable: true, description: 'At most this many slots (default 50, at most 500).' }) limit: number | null,
    @Ctx() ctx: Context,
  ) {
    const tenantId = requireStaffTenant(ctx.viewer);
    return freeSlots(ctx.services, tenantId, { userIds, from, to, durationMinutes, queueId, bufferMinutes, stepMinutes, limit }, ctx.services.clock.now());
  }

  @Query(() => [MeetingConflictType], {
    description: 'The meetings that would clash with a proposed time (what `scheduleMeeting` / `updateMeeting` would refuse with CONFLICT), without writing anything.',
  })
  async meetingConflicts(@Arg('input', () => MeetingConflictsInput, { description: 'The proposed time, attendees and (for a series) recurrence to check.' }) input: MeetingConflictsInput, @Ctx() ctx: Context) {
    const tenantId = requireStaffTenant(ctx.viewer);
    const series = await seriesForCheck(ctx.services, tenantId, input);
    if (input.excludeMeetingId && !(isUuid(input.excludeMeetingId) && (await readMeeting(ctx.services, ctx.scope(), input.excludeMeetingId)))) throw notFound('Meeting');
    const users = await tenantUsers(ctx.services, tenantId, input.userIds ?? []);
    const contacts = await tenantContacts(ctx.services, tenantId, input.contactIds ?? []);
    return findConflicts(ctx.services, tenantId, series, users.map((u) => u.id), contacts.map((c) => c.id), input.excludeMeetingId ?? null);
  }

  @Mutation(() => MeetingPayload, {
    description:
      'Schedule a meeting. An attendee already busy then (another meeting they did not decline; touching is fine; recurring occurrences count): CONFLICT naming the meeting and attendee (`extensions.meetingId`, `attendeeName`, `conflicts`), unless `allowConflicts`. Bad fields: BAD_USER_INPUT with `extensions.field`.',
  })
  async scheduleMeeting(@Arg('input', () => ScheduleMeetingInput, { description: 'The meeting: title, time, attendees, links.' }) input: ScheduleMeetingInput, @Ctx() ctx: Context) {
    return payload(await scheduleMeeting(ctx, input));
  }

  @Mutation(() => MeetingPayload, { description: 'Change a SCHEDULED meeting (moving it checks conflicts again and moves its reminder; SEQUENCE + 1). Not SCHEDULED: CONFLICT.' })
  async updateMeeting(@Arg('input', () => UpdateMeetingInput, { description: 'The meeting and the parts to change.' }) input: UpdateMeetingInput, @Ctx() ctx: Context) {
    return payload(await updateMeeting(ctx, input));
  }

  @Mutation(() => MeetingPayload, { description: 'Cancel a meeting (its reminder is dropped; its .ics becomes METHOD:CANCEL). Cancelling twice changes nothing.' })
  async cancelMeeting(@Arg('input', () => MeetingIdInput, { description: 'The meeting to cancel.' }) input: MeetingIdInput, @Ctx() ctx: Context) {
    return payload(await cancelMeeting(ctx, input.id));
  }

  @Mutation(() => MeetingPayload, { description: 'Mark a meeting COMPLETED or NO_SHOW (with notes).' })
  async completeMeeting(@Arg('input', () => CompleteMeetingInput, { description: 'The meeting, how it ended and optional notes.' }) input: CompleteMeetingInput, @Ctx() ctx: Context) {
    return payload(await completeMeeting(ctx, input.id, input.status, input.notes));
  }

  @Mutation(() => MeetingPayload, { description: 'Answer an invitation you received (ACCEPTED, DECLINED, TENTATIVE). Not invited: FORBIDDEN.' })
  async respondToMeeting(@Arg('input', () => RespondToMeetingInput, { description: 'The meeting and your answer.' }) input: RespondToMeetingInput, @Ctx() ctx: Context) {
    return payload(await respondToMeeting(ctx, input.id, input.response));
  }

  @Mutation(() => MeetingPayload, {
    description:
      'Schedule a CALLBACK from a conversation or ticket: the assignee (or you) organizes, the contact attends, the customer gets a message with the time in their time zone (`customerTimezone`, else the tenant’s). Busy: CONFLICT as for `scheduleMeeting`.',
  })
  async scheduleCallback(@Arg('input', () => ScheduleCallbackInput, { description: 'The conversation or ticket, the time and the duration.' }) input: ScheduleCallbackInput, @Ctx() ctx: Context) {
    if (!hasPermission(ctx.viewer, 'conversations.reply') && input.conversationId) throw forbidden('conversations.reply is required to write to the customer');
    return payload(await scheduleCallback(ctx, input));
  }

  @Mutation(() => MeetingPayload, { description: 'Write the meeting’s `summary` from its linked conversation or ticket (Claude, or an offline extractive summary that says so). No link: BAD_USER_INPUT.' })
  async summarizeMeetingContext(@Arg('input', () => SummarizeMeetingContextInput, { description: 'The meeting to summarize the context of.' }) input: SummarizeMeetingContextInput, @Ctx() ctx: Context) {
    const tenantId = requireStaffTenant(ctx.viewer);
    const m = isUuid(input.meetingId) ? await readMeeting(ctx.services, ctx.scope(), input.meetingId) : null;
    if (!m) throw notFound('Meeting');
    if (!m.conversation_id && !m.ticket_id) throw badInput('the meeting is linked to no conversation or ticket', 'meetingId');
    const summary = await summarizeContext(ctx.services, tenantId, m.conversation_id, m.ticket_id);
    await ctx.services.readPool.scopedQuery({ kind: 'tenant', tenantId }, `update meetings set summary = $3, version = version + 1, updated_at = now() where tenant_id = $1 and id = $2`, [m.id, summary]);
    ctx.services.events.publish(Topic.MEETING_UPDATED, { tenantId, meetingId: m.id, userIds: [m.organizer_id, ...(m.attendees ?? []).flatMap((a) => (a.userId ? [a.userId] : []))] });
    return payload({ id: m.id });
  }

  @Mutation(() => CalendarFeedPayload, { description: 'Issue a new secret calendar feed URL for you (the previous one stops working).' })
  async rotateCalendarFeed(@Ctx() ctx: Context) {
    const v = ctx.viewer;
    if (v.kind !== 'user' || !v.tenantId) throw badInput('Only members of a tenant have a calendar feed: sign in as one');
    return Object.assign(new CalendarFeedPayload(), { feed: await rotateFeed(ctx.services, v.tenantId, v.userId) });
  }

  @Mutation(() => CalendarFeedPayload, { description: 'Turn your calendar feed off: its URL answers 404 from now on.' })
  async revokeCalendarFeed(@Ctx() ctx: Context) {
    const v = ctx.viewer;
    if (v.kind !== 'user' || !v.tenantId) throw badInput('Only members of a tenant have a calendar feed: sign in as one');
    return Object.assign(new CalendarFeedPayload(), { feed: await revokeFeed(ctx.services, v.tenantId, v.userId) });
  }

  @Subscription(() => MeetingTypeGql, {
    topics: Topic.MEETING_UPDATED,
    description: 'Meetings of your tenant as they are scheduled, changed, answered, cancelled or completed (`mine`: only those you organize or attend, before or after the change).',
    filter: ({ payload, args, context }: { payload: TopicPayloads['MEETING_UPDATED']; args: { mine?: boolean | null }; context: Context }) => mayFollow(context, payload, !!args.mine),
  })
  async meetingUpdated(
    @Root() event: TopicPayloads['MEETING_UPDATED'],
    @Arg('mine', () => Boolean, { nullable: true, description: 'True: only meetings you organize or attend. Default false: all of your tenant.' }) mine: boolean | null,
    @Ctx() ctx: Context,
  ) {
    if (!mayFollow(ctx, event, !!mine)) throw notFound('Meeting');
    const row = await readMeeting(ctx.services, ctx.scope(event.tenantId), event.meetingId);
    if (!row) throw notFound('Meeting');
    return toMeeting(row);
  }
}

@Resolver(() => ViewerType)
export class ViewerCalendarFeedResolver {
  @FieldResolver(() => CalendarFeedType, { nullable: true, description: 'Your secret calendar feed (staff users of a tenant; null for others). `url` is null until you call `rotateCalendarFeed`.' })
  async calendarFeed(@Ctx() ctx: Context): Promise<CalendarFeedType | null> {
    const v = ctx.viewer;
    if (v.kind !== 'user' || !v.tenantId) return null;
    return readFeed(ctx.services, v.tenantId, v.userId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Your calendar feed URL (subscribe to it in a calendar app); null when no feed is active.' })
  async calendarFeedUrl(@Ctx() ctx: Context): Promise<string | null> {
    const v = ctx.viewer;
    if (v.kind !== 'user' || !v.tenantId) return null;
    return (await readFeed(ctx.services, v.tenantId, v.userId)).url;
  }
}

/** The widget's view of its conversations' callbacks: one statement per request, own contact only. */
function callbackLoader(ctx: Context, tenantId: string, contactId: string) {
  return ctx.loader('meetings.widgetCallback', () =>
    new DataLoader<string, WidgetCallbackType | null>(async (ids) => {
      const rows = await ctx.services.readPool.scopedQuery<{ conversation_id: string; id: string; starts_at: Date; ends_at: Date; timezone: string; status: MeetingStatus }>(
        { kind: 'tenant', tenantId },
        `select distinct on (m.conversation_id) m.conversation_id, m.id, m.starts_at, m.ends_at, coalesce(m.customer_timezone, m.timezone) as timezone, m.status
           from meetings m join conversations c on c.id = m.conversation_id and c.tenant_id = $1 and c.contact_id = $2
          where m.tenant_id = $1 and m.type = 'CALLBACK' and m.conversation_id = any($3::uuid[])
          order by m.conversation_id, (m.status = 'SCHEDULED' and m.ends_at > now()) desc, m.starts_at desc`,
        [contactId, ids],
      );
      const by = new Map(rows.map((r) => [r.conversation_id, { id: r.id, startsAt: r.starts_at, endsAt: r.ends_at, timezone: r.timezone, status: r.status }]));
      return ids.map((id) => by.get(id) ?? null);
    }),
  );
}

@Resolver(() => WidgetConversationType)
export class WidgetConversationCallbackResolver {
  @FieldResolver(() => WidgetCallbackType, { nullable: true, description: 'The callback scheduled for this conversation (the upcoming one, else the latest), with the time zone to show it in; null when none.' })
  callback(@Root() conversation: WidgetConversationType, @Ctx() ctx: Context): Promise<WidgetCallbackType | null> | null {
    const v = ctx.viewer;
    if (v.kind !== 'widget') return null;
    return callbackLoader(ctx, v.tenantId, v.contactId).load(conversation.id);
  }
}

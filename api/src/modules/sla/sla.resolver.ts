import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { BusinessCalendarType, SlaPolicyType } from './sla.type.js';
import { DeleteBusinessCalendarInput, DeleteSlaPolicyInput, ImportHolidaysInput, ReorderSlaPoliciesInput, UpsertBusinessCalendarInput, CreateSlaPolicyInput, UpdateSlaPolicyInput } from './sla.inputs.js';
import { readCalendars, readPolicies } from './sla.reads.js';
import { createSlaPolicy, deleteBusinessCalendar, deleteSlaPolicy, importHolidays, reorderSlaPolicies, updateSlaPolicy, upsertBusinessCalendar } from './sla.service.js';

async function oneCalendar(ctx: Context, id: string) {
  const [c] = await readCalendars(ctx.services.readPool, ctx.scope(), ctx.services.clock.now(), id);
  if (!c) throw notFound('Business calendar');
  return c;
}

async function onePolicy(ctx: Context, id: string) {
  const [p] = await readPolicies(ctx.services.readPool, ctx.scope(), id);
  if (!p) throw notFound('SLA policy');
  return p;
}

@ObjectType('BusinessCalendarPayload', { simpleResolvers: true, description: 'The calendar after the change.' })
export class BusinessCalendarPayload {
  @Field(() => BusinessCalendarType, { description: 'The calendar as stored.' })
  businessCalendar!: BusinessCalendarType;
}

@ObjectType('ImportHolidaysPayload', { simpleResolvers: true, description: 'Result of importHolidays.' })
export class ImportHolidaysPayload {
  @Field(() => BusinessCalendarType, { description: 'The calendar with the imported holidays added.' })
  businessCalendar!: BusinessCalendarType;
  @Field(() => Int, { description: 'Dates read from the file (after yearly repetition).' })
  imported!: number;
  @Field(() => Int, { description: 'Events whose recurrence was not a yearly fixed date: only their first date was taken.' })
  recurrenceIgnored!: number;
}

@ObjectType('DeleteBusinessCalendarPayload', { simpleResolvers: true, description: 'Result of deleteBusinessCalendar.' })
export class DeleteBusinessCalendarPayload {
  @Field(() => ID, { description: 'The id of the deleted calendar (its queue now uses the tenant default).' })
  deletedBusinessCalendarId!: string;
}

@ObjectType('SlaPolicyPayload', { simpleResolvers: true, description: 'The policy after the change.' })
export class SlaPolicyPayload {
  @Field(() => SlaPolicyType, { description: 'The policy as stored.' })
  slaPolicy!: SlaPolicyType;
}

@ObjectType('DeleteSlaPolicyPayload', { simpleResolvers: true, description: 'Result of deleteSlaPolicy.' })
export class DeleteSlaPolicyPayload {
  @Field(() => ID, { description: 'The id of the deleted policy.' })
  deletedSlaPolicyId!: string;
}

@ObjectType('ReorderSlaPoliciesPayload', { simpleResolvers: true, description: 'The tenant\'s SLA policies in their new order.' })
export class ReorderSlaPoliciesPayload {
  @Field(() => [SlaPolicyType], { description: 'Every policy, in the new order.' })
  slaPolicies!: SlaPolicyType[];
}

@Resolver()
export class SlaResolver {
  @Query(() => [BusinessCalendarType], { description: 'The tenant’s business calendars: the default first, then one per queue that has its own.' })
  businessCalendars(@Ctx() ctx: Context): Promise<BusinessCalendarType[]> {
    return readCalendars(ctx.services.readPool, ctx.scope(), ctx.services.clock.now());
  }

  @Query(() => [SlaPolicyType], { description: 'The tenant’s SLA policies in the order they are tried.' })
  slaPolicies(@Ctx() ctx: Context): Promise<SlaPolicyType[]> {
    return readPolicies(ctx.services.readPool, ctx.scope());
  }

  @Mutation(() => BusinessCalendarPayload, { description: 'Create or replace a business calendar (weekly hours, time zone, optionally holidays). Bad time zone, overlapping or inverted ranges, bad dates: BAD_USER_INPUT with `extensions.field`.' })
  async upsertBusinessCalendar(@Arg('input', () => UpsertBusinessCalendarInput, { description: 'The calendar to create or replace: tenant default or a queue\'s.' }) input: UpsertBusinessCalendarInput, @Ctx() ctx: Context): Promise<BusinessCalendarPayload> {
    return { businessCalendar: await oneCalendar(ctx, await upsertBusinessCalendar(ctx, input)) };
  }

  @Mutation(() => DeleteBusinessCalendarPayload, { description: 'Delete a queue’s calendar (its tickets then count in the tenant default).' })
  async deleteBusinessCalendar(@Arg('input', () => DeleteBusinessCalendarInput, { description: 'The queue calendar to delete.' }) input: DeleteBusinessCalendarInput, @Ctx() ctx: Context): Promise<DeleteBusinessCalendarPayload> {
    return { deletedBusinessCalendarId: await deleteBusinessCalendar(ctx, input.id) };
  }

  @Mutation(() => ImportHolidaysPayload, { description: 'Add (or with `replace`, set) holidays from an iCalendar file. Not an iCalendar file, a bad date, no events: BAD_USER_INPUT (field `ics`).' })
  async importHolidays(@Arg('input', () => ImportHolidaysInput, { description: 'The calendar and the iCalendar text to read holidays from.' }) input: ImportHolidaysInput, @Ctx() ctx: Context): Promise<ImportHolidaysPayload> {
    const r = await importHolidays(ctx, input, ctx.services.clock.now());
    return { businessCalendar: await oneCalendar(ctx, r.calendarId), imported: r.imported, recurrenceIgnored: r.recurrenceIgnored };
  }

  @Mutation(() => SlaPolicyPayload, { description: 'Add an SLA policy (tried last).' })
  async createSlaPolicy(@Arg('input', () => CreateSlaPolicyInput, { description: 'The policy\'s name, conditions and targets.' }) input: CreateSlaPolicyInput, @Ctx() ctx: Context): Promise<SlaPolicyPayload> {
    return { slaPolicy: await onePolicy(ctx, await createSlaPolicy(ctx, input)) };
  }

  @Mutation(() => SlaPolicyPayload, { description: 'Change an SLA policy.' })
  async updateSlaPolicy(@Arg('input', () => UpdateSlaPolicyInput, { description: 'The policy and the parts to change.' }) input: UpdateSlaPolicyInput, @Ctx() ctx: Context): Promise<SlaPolicyPayload> {
    return { slaPolicy: await onePolicy(ctx, await updateSlaPolicy(ctx, input)) };
  }

  @Mutation(() => DeleteSlaPolicyPayload, { description: 'Delete an SLA policy.' })
  async deleteSlaPolicy(@Arg('input', () => DeleteSlaPolicyInput, { description: 'The policy to delete.' }) input: DeleteSlaPolicyInput, @Ctx() ctx: Context): Promise<DeleteSlaPolicyPayload> {
    return { deletedSlaPolicyId: await deleteSlaPolicy(ctx, input.id) };
  }

  @Mutation(() => ReorderSlaPoliciesPayload, { description: 'Set the order in which policies are tried: `ids` lists every policy once.' })
  async reorderSlaPolicies(@Arg('input', () => ReorderSlaPoliciesInput, { description: 'Every policy id of your tenant in the new order.' }) input: ReorderSlaPoliciesInput, @Ctx() ctx: Context): Promise<ReorderSlaPoliciesPayload> {
    await reorderSlaPolicies(ctx, input.ids);
    return { slaPolicies: await readPolicies(ctx.services.readPool, ctx.scope()) };
  }
}

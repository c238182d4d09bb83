import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Weekday } from './sla.type.js';

@InputType('TimeRangeInput', { description: 'Opening hours within one day: "HH:MM" start (inclusive) to end (exclusive, up to 24:00).' })
export class TimeRangeInput {
  @Field(() => String, { description: 'Opening time "HH:MM" (00:00–23:59), inclusive.' })
  start!: string;
  @Field(() => String, { description: 'Closing time "HH:MM", after `start`, up to 24:00, exclusive.' })
  end!: string;
}

@InputType('BusinessDayHoursInput', { description: 'The opening ranges of one weekday; a weekday left out is closed.' })
export class BusinessDayHoursInput {
  @Field(() => Weekday, { description: 'The day these ranges apply to.' })
  weekday!: Weekday;
  @Field(() => [TimeRangeInput], { description: 'Not overlapping; any order (stored sorted).' })
  ranges!: TimeRangeInput[];
}

@InputType('HolidayInput', { description: 'A closed local date.' })
export class HolidayInput {
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  date!: string;
  @Field(() => String, { nullable: true, description: '1–100 characters; default "Holiday".' })
  name?: string | null;
}

@InputType('UpsertBusinessCalendarInput', { description: 'Create or replace a calendar: by `id`, else the one of `queueId` (null: the tenant default).' })
export class UpsertBusinessCalendarInput {
  @Field(() => ID, { nullable: true, description: 'The calendar to change; omitted: the calendar of `queueId` (created when missing).' })
  id?: string | null;
  @Field(() => ID, { nullable: true, description: 'The queue the calendar is for (only when creating or addressing by queue); omitted: the tenant default.' })
  queueId?: string | null;
  @Field(() => String, { nullable: true, description: '1–100 characters; default "Business hours" (or the kept name).' })
  name?: string | null;
  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin.' })
  timezone!: string;
  @Field(() => [BusinessDayHoursInput], { description: 'Opening ranges per weekday; each weekday at most once; at least one range in the week.' })
  weeklyHours!: BusinessDayHoursInput[];
  @Field(() => [HolidayInput], { nullable: true, description: 'Replaces the holidays (omitted: kept). At most 1,000.' })
  holidays?: HolidayInput[] | null;
}

@InputType('DeleteBusinessCalendarInput', { description: 'Delete a queue’s calendar (the tenant default cannot be deleted).' })
export class DeleteBusinessCalendarInput {
  @Field(() => ID, { description: 'The queue calendar\'s id.' })
  id!: string;
}

@InputType('ImportHolidaysInput', { description: 'Holidays from an iCalendar (.ics) file.' })
export class ImportHolidaysInput {
  @Field(() => ID, { description: 'The calendar to add the holidays to.' })
  calendarId!: string;
  @Field(() => String, { description: 'The file’s text (at most 1 MB). Each VEVENT covers its DTSTART date through DTEND (exclusive for dates); yearly fixed-date RRULEs repeat for five years ahead.' })
  ics!: string;
  @Field(() => Boolean, { nullable: true, description: 'True: replace the holidays; false or omitted: add to them.' })
  replace?: boolean | null;
}

@InputType('SlaConditionsInput', { description: 'When a policy applies; leave everything out for a fallback policy.' })
export class SlaConditionsInput {
  @Field(() => [String], { nullable: true, description: 'LOW, MEDIUM, HIGH, URGENT.' })
  priorities?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Queues of this tenant.' })
  queueIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only VIP contacts; false: only non-VIP contacts; null: either.' })
  vip?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'Any of these tags (1–50 characters each, at most 50).' })
  tagsAny?: string[] | null;
}

@InputType('CreateSlaPolicyInput', { description: 'A new SLA policy (added last unless `position` says otherwise).' })
export class CreateSlaPolicyInput {
  @Field(() => String, { description: '1–100 characters.' })
  name!: string;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  enabled?: boolean | null;
  @Field(() => SlaConditionsInput, { nullable: true, description: 'Which tickets it applies to; leave out for a fallback policy that applies when no other matches.' })
  conditions?: SlaConditionsInput | null;
  @Field(() => Int, { nullable: true, description: '1–525,600 (a year), or null for no target.' })
  firstResponseMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: 'Each later customer message answered within this many minutes; null: no target.' })
  nextResponseMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: 'Resolved within this many minutes; null: no target.' })
  resolutionMinutes?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true (business hours).' })
  businessHours?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'A calendar of this tenant; null: queue or tenant default.' })
  calendarId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Between 0 and 1, exclusive; default 0.8.' })
  atRiskShare?: number | null;
}

@InputType('UpdateSlaPolicyInput', { description: 'Change an SLA policy; omitted fields stay. Pass null to a target to remove it.' })
export class UpdateSlaPolicyInput {
  @Field(() => ID, { description: 'The policy\'s id.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'False: keep the policy but apply it to no ticket.' })
  enabled?: boolean | null;
  @Field(() => SlaConditionsInput, { nullable: true, description: 'Replaces the conditions.' })
  conditions?: SlaConditionsInput | null;
  @Field(() => Int, { nullable: true, description: 'First agent reply within this many minutes; null removes the target.' })
  firstResponseMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: 'Each later customer message answered within this many minutes; null removes the target.' })
  nextResponseMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: 'Resolved within this many minutes; null removes the target.' })
  resolutionMinutes?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'True: minutes count only in business hours; false: calendar time (24/7).' })
  businessHours?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The business calendar to count in; null: the ticket queue\'s calendar, else the tenant default.' })
  calendarId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Share of a target after which it is AT_RISK (0–1, exclusive).' })
  atRiskShare?: number | null;
}

@InputType('DeleteSlaPolicyInput', { description: 'Delete an SLA policy; its open tickets move to the next matching policy.' })
export class DeleteSlaPolicyInput {
  @Field(() => ID, { description: 'The policy\'s id.' })
  id!: string;
}

@InputType('ReorderSlaPoliciesInput', { description: 'The new order: every policy id of the tenant, first tried first.' })
export class ReorderSlaPoliciesInput {
  @Field(() => [ID], { description: 'Every SLA policy id of your tenant in the new order, first tried first.' })
  ids!: string[];
}

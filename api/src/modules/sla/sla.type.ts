import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week (ISO order, Monday first).',
  valuesConfig: {
    MONDAY: { description: 'Monday, ISO day 1.' },
    TUESDAY: { description: 'Tuesday, ISO day 2.' },
    WEDNESDAY: { description: 'Wednesday, ISO day 3.' },
    THURSDAY: { description: 'Thursday, ISO day 4.' },
    FRIDAY: { description: 'Friday, ISO day 5.' },
    SATURDAY: { description: 'Saturday, ISO day 6.' },
    SUNDAY: { description: 'Sunday, ISO day 7.' },
  },
});
export const WEEKDAYS = Object.values(Weekday);

@ObjectType('TimeRange', { simpleResolvers: true, description: 'Opening hours within one day, local time, start inclusive, end exclusive.' })
export class TimeRangeType {
  @Field(() => String, { description: '"HH:MM", 00:00–23:59.' })
  start!: string;
  @Field(() => String, { description: '"HH:MM", after start, up to 24:00.' })
  end!: string;
}

@ObjectType('BusinessDayHours', { simpleResolvers: true, description: 'The opening ranges of one weekday (none: closed).' })
export class BusinessDayHoursType {
  @Field(() => Weekday, { description: 'The day these ranges apply to.' })
  weekday!: Weekday;
  @Field(() => [TimeRangeType], { description: 'Sorted, not overlapping.' })
  ranges!: TimeRangeType[];
}

@ObjectType('Holiday', { simpleResolvers: true, description: 'A closed local date.' })
export class HolidayType {
  @Field(() => String, { description: 'Local date, YYYY-MM-DD.' })
  date!: string;
  @Field(() => String, { description: 'What the day is, e.g. "New Year\'s Day".' })
  name!: string;
}

@ObjectType('BusinessCalendar', { simpleResolvers: true, description: 'Opening hours and holidays in a time zone: the tenant default (queueId null) or one queue’s own. SLA policies on business hours count only these minutes.' })
export class BusinessCalendarType {
  @Field(() => ID, { description: 'The calendar\'s id.' })
  id!: string;
  @Field(() => ID, { nullable: true, description: 'The queue this calendar is for; null: the tenant’s default calendar.' })
  queueId!: string | null;
  @Field(() => String, { description: 'A name for people, e.g. "Support EU".' })
  name!: string;
  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin.' })
  timezone!: string;
  @Field(() => [BusinessDayHoursType], { description: 'Seven entries, Monday first.' })
  weeklyHours!: BusinessDayHoursType[];
  @Field(() => [HolidayType], { description: 'Closed dates, in order.' })
  holidays!: HolidayType[];
  @Field(() => Boolean, { description: 'Open at this moment (inside a range, not a holiday).' })
  openNow!: boolean;
  @Field(() => DateTimeISO, { description: 'When the calendar last changed.' })
  updatedAt!: Date;
}

@ObjectType('SlaConditions', { simpleResolvers: true, description: 'When a policy applies: every listed condition must hold (inside a list, any entry). None listed: the fallback policy.' })
export class SlaConditionsType {
  @Field(() => [String], { nullable: true, description: 'Ticket priorities (LOW, MEDIUM, HIGH, URGENT).' })
  priorities!: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Queues.' })
  queueIds!: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'The contact is (true) or is not (false) a VIP.' })
  vip!: boolean | null;
  @Field(() => [String], { nullable: true, description: 'The ticket carries at least one of these tags (case-insensitive).' })
  tagsAny!: string[] | null;
}

@ObjectType('SlaPolicy', { simpleResolvers: true, description: 'Response and resolution targets for the tickets its conditions match. Policies are tried in `position` order; the first enabled match applies, a condition-less policy only when nothing else matched.' })
export class SlaPolicyType {
  @Field(() => ID, { description: 'The policy\'s id.' })
  id!: string;
  @Field(() => String, { description: 'A name for people, e.g. "VIP urgent".' })
  name!: string;
  @Field(() => Int, { description: '0 is tried first.' })
  position!: number;
  @Field(() => Boolean, { description: 'False: the policy is kept but applies to no ticket.' })
  enabled!: boolean;
  @Field(() => SlaConditionsType, { description: 'Which tickets it applies to (all given conditions must hold).' })
  conditions!: SlaConditionsType;
  @Field(() => Boolean, { description: 'No conditions: applies only when no other policy matches.' })
  fallback!: boolean;
  @Field(() => Int, { nullable: true, description: 'First agent reply within this many minutes (null: no target).' })
  firstResponseMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Each later customer message answered within this many minutes (null: no target).' })
  nextResponseMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Resolved within this many minutes (null: no target).' })
  resolutionMinutes!: number | null;
  @Field(() => Boolean, { description: 'True: minutes count only in business hours; false: calendar time (24/7).' })
  businessHours!: boolean;
  @Field(() => ID, { nullable: true, description: 'The calendar counted in; null: the ticket queue’s calendar, else the tenant default.' })
  calendarId!: string | null;
  @Field(() => Float, { description: 'Share of a target after which it is AT_RISK (0–1, exclusive).' })
  atRiskShare!: number;
  @Field(() => DateTimeISO, { description: 'When it last changed.' })
  updatedAt!: Date;
}

import { Field, ID, InputType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { KpiDimension, KpiGranularity, KpiMetric, ReportKind } from './kpis.type.js';

@InputType('ReportingEventFilter', { description: 'Narrow the drill-down; all given conditions must hold.' })
export class ReportingEventFilter {
  @Field(() => KpiMetric, { nullable: true, description: 'Only events of this metric.' })
  metric?: KpiMetric;
  @Field(() => DateTimeISO, { nullable: true, description: 'Events that ended at or after this instant.' })
  from?: Date;
  @Field(() => DateTimeISO, { nullable: true, description: 'Events that ended before this instant.' })
  to?: Date;
  @Field(() => ID, { nullable: true, description: 'Only this agent\'s events.' })
  agentId?: string;
  @Field(() => ID, { nullable: true, description: 'Only events in this queue.' })
  queueId?: string;
  @Field(() => String, { nullable: true, description: 'Only events of this channel (WIDGET, API, EMAIL).' })
  channel?: string;
  @Field(() => ID, { nullable: true, description: 'Only events of this conversation.' })
  conversationId?: string;
}

@InputType('ExportReportInput', { description: 'Which report to export and its arguments (the same as the query\'s).' })
export class ExportReportInput {
  @Field(() => ReportKind, { description: 'The report.' })
  report!: ReportKind;
  @Field(() => DateTimeISO, { description: 'Start of the period (inclusive).' })
  from!: Date;
  @Field(() => DateTimeISO, { description: 'End of the period (exclusive).' })
  to!: Date;
  @Field(() => KpiMetric, { nullable: true, description: 'SERIES: the metric (required).' })
  metric?: KpiMetric;
  @Field(() => KpiGranularity, { nullable: true, description: 'SERIES: bucket size (DAY by default).' })
  granularity?: KpiGranularity;
  @Field(() => KpiDimension, { nullable: true, description: 'SERIES: breakdown (TENANT by default).' })
  dimension?: KpiDimension;
  @Field(() => Boolean, { nullable: true, description: 'Sums and averages in business seconds (SERIES, OPERATORS, TEAMS).' })
  businessHoursOnly?: boolean;
  @Field(() => ID, { nullable: true, description: 'Platform admins only: the tenant to export.' })
  tenantId?: string;
}

// What a drill-down asks for and how its rows read (pure, tested).
import type { DrillMetric } from './cards.js';
import { formatDuration, NO_VALUE } from './format.js';

export interface DrillRequest {
  title: string;
  /** One list per metric (the API filters one metric at a time); the first is shown first. */
  metrics: DrillMetric[];
  /** Instants, [from, to). */
  from: string;
  to: string;
  agentId?: string | null;
  businessHoursOnly?: boolean;
}

export interface DrillEvent {
  name: string;
  valueSeconds?: number | null;
  valueBusinessSeconds?: number | null;
  attributes?: Record<string, unknown> | null;
}

/** The value of an event as the screen writes it: a rating, a duration (business with the toggle), or nothing. */
export function drillValue(e: DrillEvent, businessHoursOnly = false): string {
  if (e.name.toLowerCase() === 'csat_received') {
    const r = Number(e.attributes?.rating);
    return Number.isInteger(r) && r >= 1 && r <= 5 ? `${r} of 5` : NO_VALUE;
  }
  const v = businessHoursOnly ? (e.valueBusinessSeconds ?? null) : (e.valueSeconds ?? null);
  return v === null ? '' : formatDuration(v);
}

/** The value column's heading for a metric ('' when its events carry no value). */
export function drillValueLabel(metric: DrillMetric, businessHoursOnly = false): string {
  const bh = businessHoursOnly ? ' (business hours)' : '';
  switch (metric) {
    case 'FIRST_RESPONSE':
      return `First response${bh}`;
    case 'REPLY':
      return `Reply time${bh}`;
    case 'RESOLUTION':
      return `Resolution time${bh}`;
    case 'CSAT_RECEIVED':
      return 'Rating';
    default:
      return '';
  }
}

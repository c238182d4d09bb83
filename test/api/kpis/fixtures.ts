// Reporting rows written straight into the tables (the reporting listeners live in another module):
// events with a unique dedupe key, rollups as the listeners fold them.
import { randomUUID } from 'node:crypto';
import { sql } from '../../helpers/db.js';

export interface EventRow {
  name: string;
  endedAt: string | Date;
  value?: number | null;
  business?: number | null;
  conversationId?: string | null;
  agentId?: string | null;
  team?: string | null;
  queueId?: string | null;
  channel?: string | null;
  attributes?: Record<string, unknown>;
}

export async function insertEvents(db: string, tenantId: string, rows: EventRow[]): Promise<void> {
  if (!rows.length) return;
  await sql(
    db,
    `insert into reporting_events (tenant_id, name, value_seconds, value_business_seconds, ended_at, conversation_id, agent_id, team, queue_id, channel, attributes, dedupe_key)
     select $1, x.name, x.value, x.business, x.ended_at, x.conversation_id, x.agent_id, x.team, x.queue_id, x.channel, coalesce(x.attributes, '{}'), x.dedupe_key
       from jsonb_to_recordset($2::jsonb) as x(name text, value float8, business float8, ended_at timestamptz, conversation_id uuid, agent_id uuid, team text, queue_id uuid, channel text, attributes jsonb, dedupe_key text)`,
    [
      tenantId,
      JSON.stringify(
        rows.map((r) => ({
          name: r.name,
          value: r.value ?? null,
          business: r.business ?? null,
          ended_at: new Date(r.endedAt).toISOString(),
          conversation_id: r.conversationId ?? null,
          agent_id: r.agentId ?? null,
          team: r.team ?? null,
          queue_id: r.queueId ?? null,
          channel: r.channel ?? null,
          attributes: r.attributes ?? {},
          dedupe_key: randomUUID(),
        })),
      ),
    ],
  );
}

export interface DailyRow {
  day: string;
  metric: string;
  dimension?: 'TENANT' | 'AGENT' | 'TEAM' | 'QUEUE' | 'CHANNEL';
  key?: string;
  count: number;
  sum?: number;
  business?: number;
}

export async function insertDaily(db: string, tenantId: string, rows: DailyRow[]): Promise<void> {
  await sql(
    db,
    `insert into reporting_daily_rollups (tenant_id, day, dimension, dimension_key, metric, count, sum_seconds, sum_business_seconds)
     select $1, x.day, x.dimension, x.key, x.metric, x.count, x.sum, x.business
       from jsonb_to_recordset($2::jsonb) as x(day date, dimension text, key text, metric text, count bigint, sum float8, business float8)
     on conflict (tenant_id, metric, dimension, dimension_key, day) do update
       set count = reporting_daily_rollups.count + excluded.count,
           sum_seconds = reporting_daily_rollups.sum_seconds + excluded.sum_seconds,
           sum_business_seconds = reporting_daily_rollups.sum_business_seconds + excluded.sum_business_seconds`,
    [tenantId, JSON.stringify(rows.map((r) => ({ day: r.day, dimension: r.dimension ?? 'TENANT', key: r.key ?? '', metric: r.metric, count: r.count, sum: r.sum ?? 0, business: r.business ?? 0 })))],
  );
}

export async function insertHourly(db: string, tenantId: string, rows: { hour: string; metric: string; count: number; sum?: number }[]): Promise<void> {
  await sql(
    db,
    `insert into reporting_hourly_rollups (tenant_id, hour, metric, count, sum_seconds, sum_business_seconds)
     select $1, x.hour, x.metric, x.count, x.sum, 0 from jsonb_to_recordset($2::jsonb) as x(hour timestamptz, metric text, count bigint, sum float8)
     on conflict (tenant_id, metric, hour) do update set count = reporting_hourly_rollups.count + excluded.count, sum_seconds = reporting_hourly_rollups.sum_seconds + excluded.sum_seconds`,
    [tenantId, JSON.stringify(rows.map((r) => ({ ...r, sum: r.sum ?? 0 })))],
  );
}

/** Parse our CSV (RFC 4180 subset: quoted fields may hold commas and doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n')) {
    if (!line) continue;
    const out: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let v = '';
        i++;
        while (i < line.length) {
          if (line[i] === '"' && line[i + 1] === '"') (v += '"'), (i += 2);
          else if (line[i] === '"') break;
          else v += line[i++];
        }
        out.push(v);
        i += 2;
      } else {
        const j = line.indexOf(',', i);
        const end = j < 0 ? line.length : j;
        out.push(line.slice(i, end));
        i = end + 1;
      }
    }
    rows.push(out);
  }
  return rows;
}

/** The CSV cell as the API's JSON number (empty = null). */
export const cellNumber = (s: string) => (s === '' ? null : Number(s));

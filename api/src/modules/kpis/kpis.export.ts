// exportReport: the rows of a report query as CSV. It calls the query's own function (kpiSeries,
// operatorPerformance, teamMetrics, hourlyStats) and writes its numbers as JSON writes them, so
// the CSV and the screen cannot disagree.
import { badInput } from '../../errors.js';
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import { hourlyStats, kpiSeries, operatorPerformance, teamMetrics } from './kpis.reads.js';
import { KpiDimension, KpiGranularity, ReportKind, type PerformanceRowType, type ReportExportType } from './kpis.type.js';
import type { ExportReportInput } from './kpis.inputs.js';

type Cell = string | number | boolean | Date | null | undefined;

/** One CSV field (RFC 4180); numbers exactly as JSON writes them; formula-looking text is defused. */
export function csvField(v: Cell): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvText = (header: string[], rows: Cell[][]) => [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

const PERF_HEADER = ['key', 'name', 'team', 'conversations_handled', 'resolutions', 'first_responses', 'replies', 'transfers', 'avg_first_response_seconds', 'avg_resolution_seconds', 'csat_responses', 'csat_percent', 'online_seconds', 'away_seconds', 'busy_seconds'];
const perfRow = (r: PerformanceRowType): Cell[] => [r.key, r.name, r.team, r.conversationsHandled, r.resolutions, r.firstResponses, r.replies, r.transfers, r.avgFirstResponseSeconds, r.avgResolutionSeconds, r.csatResponses, r.csatPercent, r.onlineSeconds, r.awaySeconds, r.busySeconds];

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function exportReport(pool: ReadPool, scope: ReadScope, input: ExportReportInput): Promise<ReportExportType> {
  const { from, to } = input;
  const businessHoursOnly = input.businessHoursOnly ?? false;
  let header: string[];
  let rows: Cell[][];
  let name: string;
  switch (input.report) {
    case ReportKind.SERIES: {
      if (!input.metric) throw badInput('A SERIES export needs `metric`', 'metric');
      const s = await kpiSeries(pool, scope, { metric: input.metric, from, to, granularity: input.granularity ?? KpiGranularity.DAY, dimension: input.dimension ?? KpiDimension.TENANT, businessHoursOnly });
      header = ['bucket', 'key', 'count', 'sum_seconds', 'average_seconds'];
      rows = s.points.map((p) => [p.bucket, p.key, p.count, p.sum, p.average]);
      name = `${input.metric.toLowerCase()}-${s.granularity.toLowerCase()}`;
      break;
    }
    case ReportKind.OPERATORS:
      header = PERF_HEADER;
      rows = (await operatorPerformance(pool, scope, { from, to, businessHoursOnly })).map(perfRow);
      name = 'operator-performance';
      break;
    case ReportKind.TEAMS:
      header = PERF_HEADER;
      rows = (await teamMetrics(pool, scope, { from, to, businessHoursOnly })).map(perfRow);
      name = 'team-metrics';
      break;
    case ReportKind.HOURLY:
      header = ['hour', 'conversations_opened', 'resolutions', 'bot_resolutions', 'handoffs', 'first_responses', 'avg_first_response_seconds', 'csat_responses'];
      rows = (await hourlyStats(pool, scope, from, to)).map((h) => [h.hour, h.conversationsOpened, h.resolutions, h.botResolutions, h.handoffs, h.firstResponses, h.avgFirstResponseSeconds, h.csatResponses]);
      name = 'hourly-stats';
      break;
    default:
      throw badInput('Unknown report', 'report');
  }
  return {
    filename: `${name}_${day(from)}_${day(to)}${businessHoursOnly ? '_business-hours' : ''}.csv`,
    contentType: 'text/csv; charset=utf-8',
    rowCount: rows.length,
    csv: csvText(header, rows),
  };
}

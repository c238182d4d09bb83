// The CSV export: which reports the dashboard offers (each the same function as what the screen
// shows, with the same period and business-hours setting) and saving the API's CSV as a file.
import type { ExportReportInput, KpiGranularity, KpiMetric, ReportKind } from '../gql/graphql.js';

export interface ExportChoice {
  id: string;
  label: string;
  report: ReportKind;
  metric?: KpiMetric;
}

export const EXPORT_CHOICES: ExportChoice[] = [
  { id: 'operators', label: 'Operator performance', report: 'OPERATORS' },
  { id: 'teams', label: 'Team metrics', report: 'TEAMS' },
  { id: 'hourly', label: 'Hourly statistics', report: 'HOURLY' },
  { id: 'first-response', label: 'First response time', report: 'SERIES', metric: 'FIRST_RESPONSE' },
  { id: 'resolutions', label: 'Resolved by people', report: 'SERIES', metric: 'RESOLUTION' },
  { id: 'bot-resolutions', label: 'Resolved by AI', report: 'SERIES', metric: 'BOT_RESOLVED' },
  { id: 'conversations', label: 'Conversations opened', report: 'SERIES', metric: 'CONVERSATION_OPENED' },
  { id: 'sla-met', label: 'SLA targets met', report: 'SERIES', metric: 'SLA_MET' },
  { id: 'sla-missed', label: 'SLA targets missed', report: 'SERIES', metric: 'SLA_MISSED' },
];

/** The exportReport input for a choice and the dashboard's period. */
export function exportInput(
  choice: ExportChoice,
  period: { from: string; to: string; granularity: KpiGranularity; businessHoursOnly: boolean; tenantId?: string | null },
): ExportReportInput {
  return {
    report: choice.report,
    from: period.from,
    to: period.to,
    ...(choice.report === 'SERIES' ? { metric: choice.metric, granularity: period.granularity, dimension: 'TENANT' as const } : {}),
    ...(choice.report !== 'HOURLY' ? { businessHoursOnly: period.businessHoursOnly } : {}),
    ...(period.tenantId ? { tenantId: period.tenantId } : {}),
  };
}

/** Save text as a file through a temporary link (a no-op where the browser cannot). */
export function saveFile(filename: string, contentType: string, text: string): boolean {
  if (typeof document === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([text], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return true;
}

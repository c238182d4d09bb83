// Pure helpers of the "SLA & hours" page: weekly hours as editable text ("08:00–12:00, 13:00–17:00"
// per weekday), durations in words, and the policy form's checks (the API checks again).

export interface Range {
  start: string;
  end: string;
}

const TIME = /^([01]?\d|2[0-4]):([0-5]\d)$/;

function normTime(t: string): string | null {
  const m = TIME.exec(t.trim());
  if (!m) return null;
  const h = Number(m[1]);
  if (h === 24 && m[2] !== '00') return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/** "08:00–12:00, 13:00-17:00" → sorted ranges; empty text = closed. Hyphen, en dash or "to". */
export function parseRanges(text: string): { ranges: Range[]; error: string | null } {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const ranges: Range[] = [];
  for (const part of parts) {
    const m = /^(\S+)\s*(?:-|–|—|to)\s*(\S+)$/i.exec(part);
    const start = m ? normTime(m[1]) : null;
    const end = m ? normTime(m[2]) : null;
    if (!start || !end) return { ranges: [], error: `"${part}" is not a range like 08:00–12:00` };
    if (start === '24:00') return { ranges: [], error: `"${part}" starts at 24:00` };
    if (toMinutes(end) <= toMinutes(start)) return { ranges: [], error: `"${part}" ends before it starts` };
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  for (let i = 1; i < ranges.length; i++) {
    if (toMinutes(ranges[i].start) < toMinutes(ranges[i - 1].end)) return { ranges: [], error: `${ranges[i - 1].start}–${ranges[i - 1].end} and ${ranges[i].start}–${ranges[i].end} overlap` };
  }
  return { ranges, error: null };
}

export const formatRanges = (ranges: readonly Range[]) => ranges.map((r) => `${r.start}–${r.end}`).join(', ');

/** 30 → "30 min", 120 → "2 h", 90 → "1 h 30 min", 1440 → "24 h", null → "—". */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes == null) return '—';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;

export interface PolicyForm {
  name: string;
  enabled: boolean;
  priorities: string[];
  queueIds: string[];
  /** '' = any, 'yes', 'no'. */
  vip: '' | 'yes' | 'no';
  tags: string;
  firstResponse: string;
  nextResponse: string;
  resolution: string;
  businessHours: boolean;
  atRiskPercent: string;
}

function minutesOf(text: string): number | null | 'bad' {
  if (!text.trim()) return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 525_600 ? n : 'bad';
}

export function validatePolicy(f: PolicyForm): Partial<Record<keyof PolicyForm, string>> {
  const errors: Partial<Record<keyof PolicyForm, string>> = {};
  if (!f.name.trim() || f.name.trim().length > 100) errors.name = 'A name of 1–100 characters';
  for (const k of ['firstResponse', 'nextResponse', 'resolution'] as const) if (minutesOf(f[k]) === 'bad') errors[k] = 'Whole minutes, 1–525600, or empty for no target';
  const p = Number(f.atRiskPercent);
  if (!(p > 0 && p < 100)) errors.atRiskPercent = 'Between 1 and 99 %';
  return errors;
}

/** The form as the API's policy input (conditions left out when empty: a fallback). */
export function policyInput(f: PolicyForm) {
  const tags = f.tags.split(',').map((t) => t.trim()).filter(Boolean);
  const num = (t: string) => {
    const m = minutesOf(t);
    return m === 'bad' ? null : m;
  };
  return {
    name: f.name.trim(),
    enabled: f.enabled,
    conditions: {
      priorities: f.priorities.length ? f.priorities : null,
      queueIds: f.queueIds.length ? f.queueIds : null,
      vip: f.vip === '' ? null : f.vip === 'yes',
      tagsAny: tags.length ? tags : null,
    },
    firstResponseMinutes: num(f.firstResponse),
    nextResponseMinutes: num(f.nextResponse),
    resolutionMinutes: num(f.resolution),
    businessHours: f.businessHours,
    atRiskShare: Number(f.atRiskPercent) / 100,
  };
}

/** One line saying when a policy applies. */
export function describeConditions(c: { priorities?: readonly string[] | null; queueIds?: readonly string[] | null; vip?: boolean | null; tagsAny?: readonly string[] | null }, queueName: (id: string) => string = (id) => id): string {
  const parts: string[] = [];
  if (c.priorities?.length) parts.push(`priority ${c.priorities.join(' or ')}`);
  if (c.queueIds?.length) parts.push(`queue ${c.queueIds.map(queueName).join(' or ')}`);
  if (c.vip != null) parts.push(c.vip ? 'VIP contact' : 'not a VIP');
  if (c.tagsAny?.length) parts.push(`tagged ${c.tagsAny.join(' or ')}`);
  return parts.length ? parts.join(', ') : 'Every other ticket (fallback)';
}

// Chart data → ECharts option, as a pure function (tested without a canvas). Every chart of the
// dashboard is categories on x and one or more series of numbers on y, in one unit: counts,
// durations (seconds) or percentages (0–100). Tooltips and axis labels use the same formatting as
// the cards, so a chart's 3m 20s is the card's 3m 20s.
import { formatCount, formatDuration, formatPercent, NO_VALUE } from './format.js';

export type ChartUnit = 'count' | 'duration' | 'percent';

export interface ChartSeries {
  name: string;
  kind: 'bar' | 'line';
  values: (number | null)[];
  /** Series with the same stack name are stacked (AI vs human resolutions). */
  stack?: string;
}

export interface ChartSpec {
  categories: string[];
  series: ChartSeries[];
  unit: ChartUnit;
}

export function formatUnit(unit: ChartUnit, v: number | null | undefined): string {
  if (unit === 'duration') return formatDuration(v);
  if (unit === 'percent') return formatPercent(v);
  return formatCount(v);
}

/** True when no series has a value (the card shows its empty state instead of a blank chart). */
export function isEmptyChart(spec: ChartSpec): boolean {
  return spec.categories.length === 0 || spec.series.every((s) => s.values.every((v) => v === null || v === 0));
}

const LIGHT = ['#2952cc', '#1a7f37', '#c2410c', '#7c3aed', '#0e7490'];
const DARK = ['#6d8dff', '#6fdc8c', '#fb923c', '#c4b5fd', '#67e8f9'];

interface TooltipParam {
  axisValueLabel?: string;
  name?: string;
  seriesName?: string;
  value?: unknown;
  marker?: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The ECharts option of a chart (the subset of ECharts' option type that we use). */
export function chartOption(spec: ChartSpec, opts: { dark?: boolean; title: string }): Record<string, unknown> {
  const palette = opts.dark ? DARK : LIGHT;
  const text = opts.dark ? '#9aa3ae' : '#5b6470';
  const grid = opts.dark ? '#323842' : '#e3e6eb';
  return {
    color: palette,
    animationDuration: 300,
    // ECharts' aria: a generated description of the data for screen readers.
    aria: { enabled: true, label: { description: `${opts.title}. ${describe(spec)}` } },
    grid: { left: 8, right: 16, top: spec.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
    legend: spec.series.length > 1 ? { top: 0, textStyle: { color: text } } : undefined,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: spec.series.some((s) => s.kind === 'bar') ? 'shadow' : 'line' },
      formatter: (params: TooltipParam | TooltipParam[]) => {
        const list = Array.isArray(params) ? params : [params];
        const head = escape(String(list[0]?.axisValueLabel ?? list[0]?.name ?? ''));
        const lines = list.map((p) => `${p.marker ?? ''}${escape(p.seriesName ?? '')}: <b>${formatUnit(spec.unit, typeof p.value === 'number' ? p.value : null)}</b>`);
        return [head, ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: spec.categories,
      axisLabel: { color: text, hideOverlap: true },
      axisLine: { lineStyle: { color: grid } },
    },
    yAxis: {
      type: 'value',
      minInterval: spec.unit === 'count' ? 1 : undefined,
      max: spec.unit === 'percent' ? 100 : undefined,
      axisLabel: { color: text, formatter: (v: number) => (spec.unit === 'percent' ? `${v}%` : formatUnit(spec.unit, v)) },
      splitLine: { lineStyle: { color: grid } },
    },
    series: spec.series.map((s) => ({
      name: s.name,
      type: s.kind,
      data: s.values.map((v) => (v === null ? '-' : v)),
      stack: s.stack,
      ...(s.kind === 'line' ? { smooth: false, showSymbol: spec.categories.length <= 31, connectNulls: false } : { barMaxWidth: 28 }),
    })),
  };
}

/** A one-line text summary: the series' totals or averages, for the aria description. */
export function describe(spec: ChartSpec): string {
  if (isEmptyChart(spec)) return 'No data in this period.';
  return spec.series
    .map((s) => {
      const vals = s.values.filter((v): v is number => v !== null);
      if (!vals.length) return `${s.name}: ${NO_VALUE}`;
      if (spec.unit === 'count') return `${s.name}: ${formatCount(vals.reduce((a, b) => a + b, 0))} in total`;
      return `${s.name}: ${formatUnit(spec.unit, Math.min(...vals))} to ${formatUnit(spec.unit, Math.max(...vals))}`;
    })
    .join('; ');
}

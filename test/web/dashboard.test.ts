// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The KPI dashboard's cheap parts: number formatting ("3m 20s", one-decimal percentages, "—" for
// no data), the cards' model (labels in words, drill-downs and links), the date range ⇄ URL and
// the tenant-local day boundaries, the chart options, and the operator table's sorting.
import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { average, formatCount, formatDateTime, formatDuration, formatPercent, formatRatio, humanize, percentOf } from '../../web/src/dashboard/format.js';
import { ariaSort, nextSort, sortRows, type OperatorColumn, type OperatorRow } from '../../web/src/dashboard/sort.js';
import {
  addDays, daysBetween, granularityOf, presetOf, presetRange, queryFromRange, rangeFromQuery, rangeInstants, startOfDayIn,
} from '../../web/src/dashboard/range.js';
import { buildCards, type LiveKpisFields } from '../../web/src/dashboard/cards.js';
import { chartOption, describe as describeChart, isEmptyChart, type ChartSpec } from '../../web/src/dashboard/chart-option.js';
import OperatorTable from '../../web/src/dashboard/OperatorTable.vue';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

describe('formatting', () => {
  it.each([
    [200, '3m 20s'],
    [180, '3m'],
    [45, '45s'],
    [0, '0s'],
    [0.4, '0.4s'],
    [9.96, '10s'],
    [59.6, '1m'],
    [3600 + 5 * 60 + 10, '1h 5m'],
    [7200, '2h'],
    [2 * 86_400 + 3 * 3600 + 59, '2d 3h'],
    [86_400, '1d'],
    [null, '—'],
    [undefined, '—'],
    [Number.NaN, '—'],
  ])('duration %s s → %s', (s, text) => {
    expect(formatDuration(s as number | null | undefined)).toBe(text);
  });

  it('percentages have one decimal; no data is a dash, not 0', () => {
    expect(formatPercent(87.54)).toBe('87.5%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(66.666)).toBe('66.7%');
    expect(formatPercent(null)).toBe('—');
    expect(formatRatio(0.125)).toBe('12.5%');
    expect(percentOf(1, 3)).toBeCloseTo(33.333, 2);
    expect(percentOf(1, 0)).toBeNull();
  });

  it('counts, averages (sum ÷ count), codes as words, timestamps', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(null)).toBe('—');
    expect(average(600, 3)).toBe(200);
    expect(average(0, 0)).toBeNull();
    expect(humanize('CUSTOMER_ASKED')).toBe('Customer asked');
    expect(humanize('first_response')).toBe('First response');
    expect(humanize('NOT_INDEXED')).toBe('Not indexed');
    expect(formatDateTime('2026-03-02T14:05:00Z', 'UTC')).toBe('Mar 2, 14:05');
    expect(formatDateTime(null)).toBe('—');
  });
});

describe('cards', () => {
  const kpis: LiveKpisFields = {
    day: '2026-03-02', waitingCustomers: 2, longestWaitSeconds: 320, activeConversations: 9, humanHandledNow: 4, conversationsToday: 31,
    resolvedToday: 12, botResolvedToday: 4, avgFirstResponseSeconds: 200, avgResolutionSeconds: 3900, csatPercent: 87.54, csatResponses: 8,
    csatResponseRate: 50, fcrPercent: null, aiResolutionRate: 25, slaAtRisk: 1, slaBreached: 0, agentsOnline: 3,
  };
  const all = () => buildCards(kpis).flatMap((g) => g.cards);
  const card = (id: string) => all().find((c) => c.id === id)!;

  it('has the eight cards of the issue plus the live extras, each once, in two groups', () => {
    const groups = buildCards(kpis);
    expect(groups.map((g) => g.title)).toEqual(['Right now', 'Today']);
    const ids = all().map((c) => c.id);
    for (const id of ['waitingCustomers', 'activeConversations', 'conversationsToday', 'humanHandledNow', 'avgFirstResponse', 'avgResolution', 'csat', 'fcr',
      'aiResolutionRate', 'slaAtRisk', 'slaBreached', 'agentsOnline', 'longestWait', 'resolvedToday']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes the values in words and units, never raw codes', () => {
    expect(card('avgFirstResponse').value).toBe('3m 20s');
    expect(card('avgResolution').value).toBe('1h 5m');
    expect(card('csat')).toMatchObject({ value: '87.5%', sub: '8 ratings · response rate 50.0%' });
    expect(card('fcr').value).toBe('—');
    expect(card('resolvedToday')).toMatchObject({ value: '16', sub: '12 by people · 4 by AI' });
    expect(card('waitingCustomers')).toMatchObject({ value: '2', sub: 'longest 5m 20s', tone: 'warning' });
    for (const c of all()) {
      expect(c.label).not.toMatch(/[A-Z]{2,}_/);
      expect(c.definition.length).toBeGreaterThan(10);
    }
  });

  it('"today" numbers drill down to their events; "now" numbers link to the pages that list them', () => {
    expect(card('conversationsToday').drill?.metrics).toEqual(['CONVERSATION_OPENED']);
    expect(card('resolvedToday').drill?.metrics).toEqual(['RESOLUTION', 'BOT_RESOLVED']);
    expect(card('csat').drill?.metrics).toEqual(['CSAT_RECEIVED']);
    // nothing behind it: not offered
    expect(card('fcr').drill?.has).toBe(false);
    expect(card('conversationsToday').drill?.has).toBe(true);
    expect(card('slaBreached').link?.to).toEqual({ name: 'tickets', query: { status: 'OPEN,PENDING,ESCALATED', sla: 'BREACHED' } });
    expect(card('slaBreached').tone).toBe('neutral');
    expect(card('slaAtRisk').tone).toBe('warning');
  });
});

describe('range', () => {
  const today = '2026-03-10';
  it('defaults to the last 7 days; presets count back from today', () => {
    expect(rangeFromQuery({}, today)).toEqual({ from: '2026-03-04', to: '2026-03-10', businessHoursOnly: false });
    expect(presetRange('today', today)).toEqual({ from: today, to: today });
    expect(presetRange('90d', today).from).toBe('2025-12-11');
    expect(presetOf({ from: '2026-02-09', to: today }, today)).toBe('30d');
    expect(presetOf({ from: '2026-02-08', to: today }, today)).toBeNull();
  });

  it('reads and writes the URL; swaps a reversed range and clamps to 92 days; ignores junk', () => {
    const r = rangeFromQuery({ from: '2026-03-09', to: '2026-03-01', bh: '1' }, today);
    expect(r).toEqual({ from: '2026-03-01', to: '2026-03-09', businessHoursOnly: true });
    expect(queryFromRange(r)).toEqual({ from: '2026-03-01', to: '2026-03-09', bh: '1' });
    expect(queryFromRange({ ...r, businessHoursOnly: false })).toEqual({ from: '2026-03-01', to: '2026-03-09' });
    expect(daysBetween(rangeFromQuery({ from: '2020-01-01', to: today }, today).from, today)).toBe(92);
    expect(rangeFromQuery({ from: 'yesterday', to: '2026-13-45' }, today).from).toBe('2026-03-04');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(granularityOf({ from: today, to: today })).toBe('HOUR');
    expect(granularityOf({ from: '2026-03-01', to: today })).toBe('DAY');
  });

  it('turns days into instants in the tenant’s time zone (DST included)', () => {
    expect(startOfDayIn('2026-03-02', 'Pacific/Auckland')).toBe('2026-03-01T11:00:00.000Z'); // NZDT +13
    expect(startOfDayIn('2026-07-01', 'Pacific/Auckland')).toBe('2026-06-30T12:00:00.000Z'); // NZST +12
    expect(startOfDayIn('2026-03-08', 'America/Los_Angeles')).toBe('2026-03-08T08:00:00.000Z'); // PST, the DST day
    expect(startOfDayIn('2026-03-09', 'America/Los_Angeles')).toBe('2026-03-09T07:00:00.000Z'); // PDT
    expect(startOfDayIn('2026-03-02', null)).toBe('2026-03-02T00:00:00.000Z');
    expect(rangeInstants({ from: '2026-03-08', to: '2026-03-08' }, 'America/Los_Angeles')).toEqual({ from: '2026-03-08T08:00:00.000Z', to: '2026-03-09T07:00:00.000Z' });
  });
});

describe('chart options', () => {
  const spec: ChartSpec = {
    categories: ['Mar 1', 'Mar 2', 'Mar 3'],
    unit: 'duration',
    series: [{ name: 'Avg first response', kind: 'line', values: [200, null, 65] }],
  };
  it('formats axis labels and tooltips like the cards; gaps stay gaps', () => {
    const o = chartOption(spec, { title: 'First response time', dark: false }) as any;
    expect(o.series[0]).toMatchObject({ type: 'line', data: [200, '-', 65] });
    expect(o.yAxis.axisLabel.formatter(200)).toBe('3m 20s');
    const tip = o.tooltip.formatter([{ axisValueLabel: 'Mar 1', seriesName: 'Avg first response', value: 200, marker: '' }]);
    expect(tip).toBe('Mar 1<br/>Avg first response: <b>3m 20s</b>');
    expect(o.aria.enabled).toBe(true);
    expect(o.aria.label.description).toBe('First response time. Avg first response: 1m 5s to 3m 20s');
    expect(o.legend).toBeUndefined();
  });
  it('percent axes stop at 100; several series get a legend; all-zero data is empty', () => {
    const pct = chartOption({ categories: ['a'], unit: 'percent', series: [{ name: 'x', kind: 'bar', values: [50] }, { name: 'y', kind: 'bar', values: [1] }] }, { title: 't' }) as any;
    expect(pct.yAxis.max).toBe(100);
    expect(pct.legend).toBeDefined();
    expect(isEmptyChart({ categories: ['a', 'b'], unit: 'count', series: [{ name: 'x', kind: 'bar', values: [0, null] }] })).toBe(true);
    expect(describeChart({ categories: ['a', 'b'], unit: 'count', series: [{ name: 'Opened', kind: 'bar', values: [1200, 34] }] })).toBe('Opened: 1,234 in total');
  });
});

describe('operator table sorting', () => {
  const rows: OperatorRow[] = [
    { id: 'a', name: 'ana', handled: 12, frt: 200 },
    { id: 'b', name: 'Bert', handled: 3, frt: null },
    { id: 'c', name: 'Carla', handled: 40, frt: 45 },
    { id: 'd', name: 'agent 10', handled: 0, frt: 600 },
    { id: 'e', name: 'agent 9', handled: 12, frt: 90 },
  ];
  const v = (r: OperatorRow, k: string) => r[k];
  const ids = (list: OperatorRow[]) => list.map((r) => r.id);

  it('sorts numbers as numbers and names as words (numeric-aware, case-insensitive); missing values last both ways; stable', () => {
    expect(ids(sortRows(rows, { key: 'frt', direction: 'asc' }, v))).toEqual(['c', 'e', 'a', 'd', 'b']);
    expect(ids(sortRows(rows, { key: 'frt', direction: 'desc' }, v))).toEqual(['d', 'a', 'e', 'c', 'b']);
    expect(ids(sortRows(rows, { key: 'name', direction: 'asc' }, v))).toEqual(['e', 'd', 'a', 'b', 'c']);
    expect(ids(sortRows(rows, { key: 'handled', direction: 'desc' }, v))).toEqual(['c', 'a', 'e', 'b', 'd']);
    expect(ids(sortRows(rows, null, v))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a new column starts in its natural direction, the same column flips; aria-sort follows', () => {
    const s = nextSort(null, 'frt', 'desc');
    expect(s).toEqual({ key: 'frt', direction: 'desc' });
    expect(nextSort(s, 'frt', 'desc')).toEqual({ key: 'frt', direction: 'asc' });
    expect(nextSort(s, 'name', 'asc')).toEqual({ key: 'name', direction: 'asc' });
    expect(ariaSort(s, 'frt')).toBe('descending');
    expect(ariaSort(s, 'name')).toBe('none');
  });

  it('the component sorts on header clicks, writes numbers like the cards and drills from counts', async () => {
    const columns: OperatorColumn[] = [
      { key: 'name', label: 'Agent', unit: 'text' },
      { key: 'handled', label: 'Handled', unit: 'count', drill: 'RESOLUTION' },
      { key: 'frt', label: 'Avg first response', unit: 'duration' },
    ];
    const w = mount(OperatorTable, { props: { columns, rows, initialSort: { key: 'handled', direction: 'desc' } }, attachTo: document.body });
    mounted.push(w);
    const names = () => w.findAll('tbody th').map((t) => t.text());
    expect(names()).toEqual(['Carla', 'ana', 'agent 9', 'Bert', 'agent 10']);
    expect(w.get('th[aria-sort="descending"]').text()).toContain('Handled');
    await w.get('[data-testid="sort-frt"]').trigger('click');
    expect(names()).toEqual(['agent 10', 'ana', 'agent 9', 'Carla', 'Bert']);
    await w.get('[data-testid="sort-frt"]').trigger('click');
    expect(names()).toEqual(['Carla', 'agent 9', 'ana', 'agent 10', 'Bert']);
    expect(w.get('[data-testid="operator-a"]').text()).toContain('3m 20s');
    expect(w.get('[data-testid="operator-b"]').text()).toContain('—');
    // zero is not drillable (nothing behind it); a positive count is a button
    expect(w.get('[data-testid="operator-d"]').find('button').exists()).toBe(false);
    await w.get('[data-testid="operator-c"] button').trigger('click');
    const [row, col] = w.emitted('drill')![0] as [OperatorRow, OperatorColumn];
    expect(row.id).toBe('c');
    expect(col.key).toBe('handled');
  });
});

describe('series, drill-down values, export inputs, labels', () => {
  it('matches buckets by key across series and leaves gaps as gaps', async () => {
    const { aiVsHuman, slaMetPercent, firstResponseTrend, conversationsPerHour, bucketLabel } = await import('../../web/src/dashboard/series.js');
    const human = [{ bucket: '2026-03-01', count: 2 }, { bucket: '2026-03-02', count: 1 }];
    const ai = [{ bucket: '2026-03-02', count: 3 }];
    const s = aiVsHuman(human, ai);
    expect(s.categories).toEqual(['Mar 1', 'Mar 2']);
    expect(s.series.map((x) => x.values)).toEqual([[2, 1], [0, 3]]);
    expect(slaMetPercent([{ bucket: '2026-03-01', count: 3 }], [{ bucket: '2026-03-01', count: 1 }, { bucket: '2026-03-02', count: 0 }]).series[0]!.values).toEqual([75, null]);
    expect(firstResponseTrend([{ bucket: '2026-03-01', count: 0, average: null }, { bucket: '2026-03-02', count: 2, average: 90 }]).series[0]!.values).toEqual([null, 90]);
    const hours = [{ hour: '2026-03-01T22:00:00.000Z', conversationsOpened: 2 }, { hour: '2026-03-02T22:00:00.000Z', conversationsOpened: 3 }];
    // Auckland (+13): 22:00 UTC is 11:00 the next day
    const byHour = conversationsPerHour(hours, { byHourOfDay: true, timeZone: 'Pacific/Auckland' });
    expect(byHour.categories).toHaveLength(24);
    expect(byHour.series[0]!.values[11]).toBe(5);
    expect(conversationsPerHour(hours, { byHourOfDay: false, timeZone: 'Pacific/Auckland' }).categories[0]).toBe(bucketLabel('2026-03-01T22:00:00.000Z', 'Pacific/Auckland'));
    expect(bucketLabel('2026-03-01T22:00:00.000Z', 'Pacific/Auckland')).toBe('Mar 2, 11:00');
  });

  it('drill-down values: ratings, durations (business ones with the toggle), nothing for counts', async () => {
    const { drillValue, drillValueLabel } = await import('../../web/src/dashboard/drill.js');
    expect(drillValue({ name: 'csat_received', attributes: { rating: 4 } })).toBe('4 of 5');
    expect(drillValue({ name: 'first_response', valueSeconds: 200, valueBusinessSeconds: 20 })).toBe('3m 20s');
    expect(drillValue({ name: 'first_response', valueSeconds: 200, valueBusinessSeconds: 20 }, true)).toBe('20s');
    expect(drillValue({ name: 'conversation_opened', valueSeconds: null })).toBe('');
    expect(drillValueLabel('RESOLUTION', true)).toBe('Resolution time (business hours)');
    expect(drillValueLabel('CONVERSATION_OPENED')).toBe('');
  });

  it('export inputs carry the screen’s period and toggle; labels are words', async () => {
    const { EXPORT_CHOICES, exportInput } = await import('../../web/src/dashboard/export.js');
    const { metricLabel, channelLabel, statusLabel } = await import('../../web/src/dashboard/labels.js');
    const period = { from: 'a', to: 'b', granularity: 'DAY' as const, businessHoursOnly: true, tenantId: 't2' };
    expect(exportInput(EXPORT_CHOICES.find((c) => c.id === 'hourly')!, period)).toEqual({ report: 'HOURLY', from: 'a', to: 'b', tenantId: 't2' });
    expect(exportInput(EXPORT_CHOICES.find((c) => c.id === 'first-response')!, { ...period, tenantId: null })).toEqual({
      report: 'SERIES', from: 'a', to: 'b', metric: 'FIRST_RESPONSE', granularity: 'DAY', dimension: 'TENANT', businessHoursOnly: true,
    });
    expect(metricLabel('bot_resolved')).toBe('Resolved by AI');
    expect(metricLabel('SOMETHING_NEW')).toBe('Something new');
    expect(channelLabel('WIDGET')).toBe('Chat widget');
    expect(statusLabel('WAITING')).toBe('Waiting');
  });
});

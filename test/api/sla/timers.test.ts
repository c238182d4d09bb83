// Exact timers on real time with short durations: one fires once at its instant (within the
// 1 s polling resolution), survives a restart of the instance, a rescheduled one makes the old
// job do nothing, cancel works, a handler that throws is retried, an unknown kind waits.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { timerJobsSettled } from '../../helpers/timer-jobs.js';
import type { FiredTimer } from '../../../api/src/jobs/timers.js';

let server: TestServer;
let tenantId: string;
const fired: { timer: FiredTimer; at: number; server: string }[] = [];
/** Tolerance after the due instant: 1 s polling plus a busy 2-core machine. */
const LATE_MS = 3500;

function listen(s: TestServer, name: string, kind = 'test') {
  s.services.timers.on(kind, async (timer) => {
    fired.push({ timer, at: Date.now(), server: name });
  });
}

async function waitFor(cond: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
}

const firedFor = (key: string) => fired.filter((f) => f.timer.key === key);

const untilSettled = (keys: string[], ms: number) => timerJobsSettled(server.services.config.DATABASE_URL!, keys, ms);

beforeAll(async () => {
  server = await startTestServer();
  listen(server, 'A');
  [{ id: tenantId }] = await sql<{ id: string }>(server.services.config.DATABASE_URL!, `select id::text from tenants where slug = 'northwind'`);
});

describe('Timers', () => {
  it('fires once at its instant, with its data, and then is no longer current', async () => {
    const at = new Date(Date.now() + 2000);
    await server.services.timers.scheduleAt({ tenantId, kind: 'test', key: 'once', version: 'v1', at, data: { ticketId: 't1' } });
    expect(await server.services.timers.current(tenantId, 'test', 'once')).toEqual({ version: 'v1', dueAt: at });
    await waitFor(() => firedFor('once').length > 0, 8000);
    const [f] = firedFor('once');
    expect(f.at).toBeGreaterThanOrEqual(at.getTime() - 50);
    expect(f.at - at.getTime()).toBeLessThan(LATE_MS);
    expect(f.timer).toMatchObject({ tenantId, kind: 'test', key: 'once', version: 'v1', data: { ticketId: 't1' } });
    expect(f.timer.dueAt?.toISOString()).toBe(at.toISOString());
    await untilSettled(['once'], 8000);
    expect(firedFor('once')).toHaveLength(1);
    expect(await server.services.timers.current(tenantId, 'test', 'once')).toBeNull();
  });

  it('a rescheduled timer fires only in its new version, at the new instant (earlier or later)', async () => {
    const t = Date.now();
    await server.services.timers.scheduleAt({ tenantId, kind: 'test', key: 'moved-later', version: '1', at: new Date(t + 1000) });
    await server.services.timers.scheduleAt({ tenantId, kind: 'test', key: 'moved-later', version: '2', at: new Date(t + 3000) });
    await server.services.timers.scheduleAt({ tenantId, kind: 'test', key: 'moved-earlier', version: '1', at: new Date(t + 6000) });
    await server.services.timers.scheduleAt({ tenantId, kind: 'test', key: 'moved-earlier', version: '2', at: new Date(t + 1500) });
    // A stale job that already sat in the queue (the cancel of the replaced job lost a race).
    await server.services.jobs.send('timer', { tenantId, kind: 'test', key: 'moved-later', version: '1' });
    await waitFor(() => firedFor('moved-later').length > 0 && firedFor('moved-earlier').length > 0, 9000);
    // Every job of both keys done (the replaced ones cancelled, or run and found stale): none can fire late.
    await untilSettled(['moved-later', 'moved-earlier'], 10_000);
    expect(firedFor('moved-later').map((f) => f.timer.version)).toEqual(['2']);
    expect(firedFor('moved-later')[0].at).toBeGreaterThanOrEqual(t + 3000 - 50);
    expect(firedFor('moved-earlier').map((f) => f.timer.version)).toEqual(['2']);
    expect(firedFor('moved-earlier')[0].at - (t + 1500)).toBeLessThan(LATE_MS);
  });

  it('cancel: the timer never fires', async () => {
    await server.services.timers.scheduleAt({ tenantId, kind: 'test', key: 'cancelled', version: '1', at: new Date(Date.now() + 1000) });
    expect(await server.services.timers.cancel(tenantId, 'test', 'cancelled')).toBe(true);
    expect(await server.services.timers.cancel(tenantId, 'test', 'cancelled')).toBe(false);
    // Its job cancelled (or, had the cancel failed, run at its instant and found nothing current).
    await untilSettled(['cancelled'], 8000);
    expect(firedFor('cancelled')).toEqual([]);
  });

  it('a handler that throws is retried until it succeeds', async () => {
    let attempts = 0;
    server.services.timers.on('flaky', async (timer) => {
      attempts++;
      if (attempts === 1) throw new Error('not yet');
      fired.push({ timer, at: Date.now(), server: 'A' });
    });
    await server.services.timers.scheduleAt({ tenantId, kind: 'flaky', key: 'flaky', version: '1', at: new Date(Date.now() + 500) });
    await waitFor(() => firedFor('flaky').length > 0, 12_000);
    expect(attempts).toBe(2);
    expect(firedFor('flaky')).toHaveLength(1);
  });

  it('survives an instance restart: scheduled on A, A stops, B on the same database fires it once', async () => {
    const due = new Date(Date.now() + 5000);
    await server.services.timers.scheduleAt({ tenantId, kind: 'test', key: 'restart', version: '1', at: due });
    const url = server.services.config.DATABASE_URL!;
    await server.stop();
    const b = await startTestServer({ databaseUrl: url });
    listen(b, 'B');
    server = b;
    await waitFor(() => firedFor('restart').length > 0, 12_000);
    expect(firedFor('restart')).toHaveLength(1);
    expect(firedFor('restart')[0].server).toBe('B');
    expect(firedFor('restart')[0].at - due.getTime()).toBeLessThan(LATE_MS);
    expect(firedFor('restart')[0].at).toBeGreaterThanOrEqual(due.getTime() - 50);
  });
});

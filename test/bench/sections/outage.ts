// Section `outage` (only when named): the issue-11 figure "a Redis outage of 10 s under 20 chatting
// customers on two instances". Two API instances (`npm start`'s entry point) on the bench database
// and a private redis-server; customers chat (each on its instance, an agent watching on the other),
// Redis is killed for 10 s and restarted; each customer goes quiet during the outage. Reported:
// instances up, messages sent = stored = delivered to every subscriber, time to catch up after
// Redis returns, and how soon /readyz said degraded. A hung Redis (SIGSTOP) is measured the same way.
// The short version runs in the test suite: test/api/platform/redis-outage.test.ts.
import { randomBytes } from 'node:crypto';
import { chatThroughOutage, PrivateRedis, startInstance, type Instance } from '../../helpers/outage-chat.js';
import type { BenchContext, Row, Section } from '../lib/types.js';

const CUSTOMERS = Number(process.env.BENCH_OUTAGE_CUSTOMERS || 20);
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_SECONDS || 10) * 1000;

export const outage: Section = {
  name: 'outage',
  description: `Redis killed / frozen for ${OUTAGE_MS / 1000} s under ${CUSTOMERS} chatting customers on two instances`,
  optional: true,
  async run(ctx: BenchContext): Promise<Row[]> {
    const db = await ctx.database();
    const redis = await PrivateRedis.create();
    await redis.start();
    const env = { databaseUrl: db.url, redisUrl: redis.url, jwtSecret: randomBytes(32).toString('hex'), channelPrefix: 'bench-outage:' };
    const instances: Instance[] = [];
    try {
      const [a, b] = await Promise.all([startInstance('A', { ...env, dataDir: ctx.tempDir('outage-a') }), startInstance('B', { ...env, dataDir: ctx.tempDir('outage-b') })]);
      instances.push(a, b);
      const rows: Row[] = [];
      for (const kind of ['stop', 'freeze'] as const) {
        const r = await chatThroughOutage({ instances: [a, b], databaseUrl: db.url, redis, customers: CUSTOMERS, kind, outageMs: OUTAGE_MS, beforeMs: 2000, intervalMs: 500, catchUpLimitMs: 30_000, log: ctx.log });
        ctx.log(JSON.stringify(r));
        const label = kind === 'stop' ? `Redis down ${OUTAGE_MS / 1000} s` : `Redis hung (SIGSTOP) ${OUTAGE_MS / 1000} s`;
        const delivered = `${r.subscribersComplete}/${r.subscribers} subscribers complete, ${r.missing} missing, ${r.duplicates} twice`;
        rows.push(
          { figure: `${label}: instances up`, value: r.instancesUp ? 'yes (2/2)' : `NO (exit ${r.exitCodes.join(', ')})`, ok: r.instancesUp },
          { figure: `${label}: sent = stored = delivered`, value: `${r.sent} = ${r.stored}; ${delivered}`, ok: r.sent === r.stored && r.missing === 0 && r.duplicates === 0 && r.subscribersComplete === r.subscribers, note: r.sendErrors.length ? `send errors: ${r.sendErrors.join('; ')}` : undefined },
          { figure: `${label}: same-instance delivery during the outage`, value: `${r.localDuringOutage.deliveredBeforeReturn}/${r.localDuringOutage.sent}`, ok: r.localDuringOutage.deliveredBeforeReturn === r.localDuringOutage.sent, note: `slowest ${r.localDuringOutage.slowestMs} ms` },
          { figure: `${label}: /readyz degraded after`, value: r.detectedMs, unit: 'ms' },
          { figure: `${label}: catch-up after Redis returns`, value: r.catchUpMs, unit: 'ms', note: 'until the last subscriber holds every stored message' },
        );
      }
      return rows;
    } finally {
      await Promise.all(instances.map((i) => i.stop()));
      await redis.stop();
    }
  },
};

// Section `realtime`: the figures of the live-chat issue (DESIGN.md §8, "Fan-out").
//   a. fan-out: N graphql-ws subscribers of `tenantUpdated { name }` on our API (pinned to one
//      core), one updateTenant, delivery latency per subscriber from just before the mutation's
//      HTTP request; against a bare `ws` server (lib/ws-raw-server.ts, same core) broadcasting the
//      exact frame our server sent to N raw sockets, measured the same way;
//   b. memory per idle subscriber: VmRSS of our API with N idle subscribers minus with none, each
//      after a full GC forced through the inspector, ÷ N;
//   c. cross-instance added latency: two API instances on Redis, 50 subscribers on A, publisher on
//      B vs on A, p99 of the difference.
//   b'. RSS after BENCH_REALTIME_MEMORY_PUBLISHES (100) events to the same idle subscribers, settled
//      the same way, against idle (goal within 10 %); BENCH_REALTIME_HEAP=1 also writes heap
//      snapshots (.bench/realtime-*.heapsnapshot) and prints what grew per subscriber;
//   d. mixed roles (realtime-roles.ts): kpisUpdated and conversationUpdated with subscribers of one
//      tenant in four permission groups, every frame checked per role, vs raw ws.
// N = 2,000 (BENCH_FULL=1: 10,000; BENCH_REALTIME_SUBSCRIBERS overrides, 50,000 works: beyond 20,000
// sockets a fleet connects from several 127.0.x.y addresses, and the file limit is raised past the
// hard limit when running as root). BENCH_REALTIME_PARTS=fanout,memory,roles,cross picks parts.
// The load generator is this process (lib/ws-subscribers.ts), kept off the servers' core. Latency tails on a shared
// 2-core machine are mostly other people's work: every measured publish (or block of publishes)
// is discarded and repeated when other work used more than DISTURBED of the machine meanwhile
// (lib/ws-other-work.ts); the notes say how many. BENCH_REALTIME_PROFILE=1 adds a CPU profile of
// our server over the fan-out publishes (.bench/realtime-api.cpuprofile and rows).
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { startApi } from '../lib/api.js';
import type { Child } from '../lib/children.js';
import { summarize } from '../lib/cpuprofile.js';
import { gql } from '../lib/http.js';
import { freePort } from '../lib/ports.js';
import type { BenchContext, Row, Section } from '../lib/types.js';
import { InspectorSession, procStatusBytes } from '../lib/ws-inspector.js';
import { heapGrowth } from '../lib/heapsnapshot.js';
import { SubscriberFleet, median, percentile, sourceAddresses } from '../lib/ws-subscribers.js';
import { mixedRoles } from './realtime-roles.js';
import { dbName, disturbedNote, ensureFileLimit, mb, measurePublish, ms1, probeUntilAllSubscribed, sleep, undisturbed, type Disturbed, type PublishStats } from '../lib/realtime-measure.js';
import { API_NODE_FLAGS, loadedApiEnv, signIn } from './foundation.js';

const SUBSCRIBERS = Number(process.env.BENCH_REALTIME_SUBSCRIBERS || (process.env.BENCH_FULL === '1' ? 10_000 : 2_000));
const FANOUT_PUBLISHES = 5;
const FANOUT_MAX_TRIES = 8;
const CROSS_SUBSCRIBERS = 50;
/** Publishes per path (same instance, cross-instance), interleaved, in blocks of CROSS_BLOCK pairs. */
const CROSS_PUBLISHES = 100;
const CROSS_BLOCK = 10;
const CROSS_MAX_BLOCKS = 20;
const CROSS_PAUSE_MS = 40;
const MEMORY_ROUNDS = 2;
/** Events delivered to the idle subscribers of the last memory round before RSS is read again. */
const MEMORY_PUBLISHES = Number(process.env.BENCH_REALTIME_MEMORY_PUBLISHES || 100);
/** Which parts run (comma-separated): fanout, memory, roles, cross. Default: all. */
const PARTS = new Set((process.env.BENCH_REALTIME_PARTS || 'fanout,memory,roles,cross').split(',').map((x) => x.trim()));
const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';
const PROFILE = process.env.BENCH_REALTIME_PROFILE === '1';
/** Heap snapshots of the memory part's first round (idle, then with the subscribers) and what grew, per subscriber. */
const HEAP = process.env.BENCH_REALTIME_HEAP === '1';

const FANOUT_RATIO_GOAL = 1.2;
const CPU_RATIO_GOAL = 1.3;
const MEMORY_GOAL_KB = 10;
/** RSS after MEMORY_PUBLISHES events, against the same subscribers idle. */
const MEMORY_GROWTH_GOAL_PERCENT = 10;
const CROSS_GOAL_MS = 5;

const TENANT_SLUG = 'northwind';
const SUBSCRIPTION = 'subscription { tenantUpdated { name } }';
const UPDATE_TENANT = 'mutation($name: String!) { updateTenant(input: { name: $name }) { tenant { id } } }';


/** Tenant names of this run: all the same length, so every event frame has the same size. */
function nameSource() {
  const tag = randomBytes(3).toString('hex');
  let seq = 0;
  return () => `Northwind rt-${tag}-${String(++seq).padStart(5, '0')}`;
}

function updateTenant(url: string, headers: Record<string, string>) {
  return async (name: string) => {
    const r = await gql(url, UPDATE_TENANT, { variables: { name }, headers });
    if (r.errors?.length || !r.data?.updateTenant) throw new Error(`updateTenant failed: HTTP ${r.status} ${JSON.stringify(r.errors ?? r)}`);
  };
}

const tokenOf = (auth: Record<string, string>) => ({ authorization: auth.authorization });

// ---------------------------------------------------------------------------------------------
// a. fan-out: ours vs a raw ws broadcast

async function fanOut(ctx: BenchContext, nextName: () => string): Promise<Row[]> {
  const db = await ctx.database();
  const n = SUBSCRIBERS;
  const dataDir = ctx.tempDir('sb-bench-rt-');
  const profDir = path.join(dataDir, 'profile');
  const series = (servers: Child[], measure: () => Promise<PublishStats>) =>
    undisturbed(ctx, { want: FANOUT_PUBLISHES, maxTries: FANOUT_MAX_TRIES, servers, database: dbName(db.url), quietMs: 3_000, settleMs: 500 }, measure);

  // Ours.
  const api = await startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: 'api (fan-out)', env: loadedApiEnv(db.url, dataDir), nodeFlags: PROFILE ? [...API_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${profDir}`] : API_NODE_FLAGS, pinTo: ctx.serverCores });
  let ours: Disturbed<PublishStats> | undefined;
  let frame: { text: string; name: string } | undefined;
  let rssBefore: number | null = null;
  let peakRss: number | null = null;
  let window: { fromUs: number; toUs: number } | undefined;
  let fleetErrors = '';
  try {
    const url = `${api.url}/graphql`;
    const auth = await signIn(url);
    const publish = updateTenant(url, auth);
    await ctx.offServerCores(async () => {
      const t0 = performance.now();
      const fleet = await SubscriberFleet.open({ url: `ws://127.0.0.1:${api.port}/graphql`, count: n, protocol: 'graphql-ws', connectionParams: tokenOf(auth), query: SUBSCRIPTION, sourceAddresses: sourceAddresses(n) });
      try {
        ctx.log(`ours: ${n} graphql-ws subscribers connected and subscribing in ${Math.round(performance.now() - t0)} ms`);
        await probeUntilAllSubscribed(ctx, fleet, nextName, publish, 'ours');
        // One more unmeasured event (the raw server gets two too): code paths warm at this scale.
        const warm = nextName();
        fleet.expect(warm);
        const [, w] = await Promise.all([publish(warm), fleet.waitAll(60_000, 3_000)]);
        ctx.log(`ours: warm-up publish reached ${w.received}/${n} subscribers in ${Math.round(w.ms)} ms`);
        rssBefore = procStatusBytes(api.child.pid, 'VmRSS');
        const fromUs = Number(process.hrtime.bigint() / 1000n);
        let i = 0;
        ours = await series([api.child], async () => {
          const name = nextName();
          const s = await measurePublish(fleet, api.child, name, publish);
          ctx.log(`ours: publish ${++i}: ${s.received}/${n} delivered, p50 ${ms1(s.p50)} ms, p99 ${ms1(s.p99)} ms, max ${ms1(s.max)} ms, server CPU ${s.cpuMs} ms, load generator CPU ${Math.round(s.clientCpuMs)} ms`);
          if (fleet.sampleFrame?.includes(name)) frame = { text: fleet.sampleFrame, name };
          return s;
        });
        window = { fromUs, toUs: Number(process.hrtime.bigint() / 1000n) };
        peakRss = procStatusBytes(api.child.pid, 'VmHWM');
        if (fleet.errorCount || fleet.unexpectedCloses) fleetErrors = `${fleet.errorCount} errors, ${fleet.unexpectedCloses} sockets closed by the server${fleet.errors.length ? `: ${fleet.errors[0]}` : ''}`;
      } finally {
        await fleet.close();
      }
    });
  } finally {
    await api.child.stop();
  }
  const profileRows = PROFILE ? fanOutProfile(ctx, profDir, window) : [];
  if (!frame || !ours) throw new Error('fan-out: no event frame captured from our server');
  const sample = frame;
  ctx.log(`ours: one event frame is ${Buffer.byteLength(sample.text)} bytes: ${sample.text}`);

  // Raw ws broadcast of the same bytes.
  const rawPort = await freePort();
  const raw = ctx.children.spawn('ws raw server', process.execPath, [...API_NODE_FLAGS, '--import', 'tsx', path.join(ctx.root, 'test/bench/lib/ws-raw-server.ts')], {
    cwd: ctx.root,
    env: { ...process.env, PORT: String(rawPort), NODE_OPTIONS: '' },
    pinTo: ctx.serverCores,
  });
  let rawStats: Disturbed<PublishStats> | undefined;
  try {
    await raw.waitForLine(/^ready \d+/, 30_000);
    const base = `http://127.0.0.1:${rawPort}`;
    const broadcast = async (name: string) => {
      const res = await fetch(`${base}/broadcast`, { method: 'POST', body: sample.text.replace(sample.name, name) });
      await res.text();
      if (res.status !== 200) throw new Error(`raw broadcast: HTTP ${res.status}`);
    };
    await ctx.offServerCores(async () => {
      const t0 = performance.now();
      const fleet = await SubscriberFleet.open({ url: `ws://127.0.0.1:${rawPort}/`, count: n, protocol: 'raw', sourceAddresses: sourceAddresses(n) });
      try {
        // Server-side signal: the raw server's count of open sockets.
        for (let i = 0; ; i++) {
          const count = Number(await (await fetch(`${base}/count`)).text());
          if (count === n) break;
          if (i > 500) throw new Error(`raw server: ${count}/${n} sockets open after 10 s`);
          await sleep(20);
        }
        ctx.log(`raw: ${n} sockets open in ${Math.round(performance.now() - t0)} ms`);
        // Two unmeasured broadcasts, as ours had its probe and a warm-up publish.
        for (let i = 0; i < 2; i++) {
          const warm = nextName();
          fleet.expect(warm);
          const [, w] = await Promise.all([broadcast(warm), fleet.waitAll(30_000, 3_000)]);
          ctx.log(`raw: warm-up broadcast reached ${w.received}/${n} sockets in ${Math.round(w.ms)} ms`);
        }
        let i = 0;
        rawStats = await series([raw], async () => {
          const s = await measurePublish(fleet, raw, nextName(), broadcast);
          ctx.log(`raw: broadcast ${++i}: ${s.received}/${n} delivered, p50 ${ms1(s.p50)} ms, p99 ${ms1(s.p99)} ms, max ${ms1(s.max)} ms, server CPU ${s.cpuMs} ms, load generator CPU ${Math.round(s.clientCpuMs)} ms`);
          return s;
        });
      } finally {
        await fleet.close();
      }
    });
  } finally {
    await raw.stop();
  }
  if (!rawStats) throw new Error('fan-out: no raw broadcast measured');

  const summary = (d: Disturbed<PublishStats>) => {
    const s = d.kept;
    return {
      p50: median(s.map((x) => x.p50)),
      p99: median(s.map((x) => x.p99)),
      cpuUsPerDelivery: s.some((x) => x.cpuMs === null) ? null : (s.reduce((a, x) => a + x.cpuMs!, 0) * 1000) / (s.length * n),
      clientUsPerDelivery: (s.reduce((a, x) => a + x.clientCpuMs, 0) * 1000) / (s.length * n),
      missing: s.reduce((a, x) => a + (n - x.received), 0),
      p99s: s.map((x) => ms1(x.p99)).join(', '),
      note: disturbedNote(d, 'publishes'),
    };
  };
  const o = summary(ours);
  const r = summary(rawStats);
  const label = `fan-out ${n.toLocaleString('en-US')} subscribers`;
  const missingNote = (x: typeof o) => (x.missing ? `; ${x.missing} deliveries MISSING` : '');
  return [
    {
      figure: `${label}: ours p50`,
      value: o.p50,
      unit: 'ms',
      decimals: 1,
      note: `tenantUpdated { name } over graphql-ws, updateTenant as the northwind admin; latency from just before the mutation's HTTP request to each subscriber's frame; median over ${FANOUT_PUBLISHES} publishes ≥ 1.5 s apart (their p99s ${o.p99s} ms); our RSS ${mb(rssBefore)} before the measured publishes, peak ${mb(peakRss)}; ${o.note}${missingNote(o)}${fleetErrors ? `; ${fleetErrors}` : ''}`,
      ...((o.missing || fleetErrors) && { warning: true }),
    },
    { figure: `${label}: ours p99`, value: o.p99, unit: 'ms', decimals: 1 },
    { figure: `${label}: raw ws p50`, value: r.p50, unit: 'ms', decimals: 1, note: `bare ws server (test/bench/lib/ws-raw-server.ts, same core) sending the same ${Buffer.byteLength(sample.text)}-byte frame to every socket on POST /broadcast, measured the same way (their p99s ${r.p99s} ms); ${r.note}${missingNote(r)}`, ...(r.missing && { warning: true }) },
    { figure: `${label}: raw ws p99`, value: r.p99, unit: 'ms', decimals: 1 },
    { figure: `${label}: ours / raw p99`, value: o.p99 / r.p99, unit: '×', decimals: 2, goal: { op: '<=', target: FANOUT_RATIO_GOAL } },
    { figure: `${label}: server CPU per delivery, ours`, value: o.cpuUsPerDelivery, unit: 'µs', decimals: 0, note: `utime + stime of the server process from just before the trigger to the last delivery (includes the mutation itself), summed over the kept publishes ÷ deliveries; /proc counts in 10 ms ticks. The load generator (one process, the other core) used ${o.clientUsPerDelivery.toFixed(1)} µs per frame received from ours, ${r.clientUsPerDelivery.toFixed(1)} µs from raw` },
    { figure: `${label}: server CPU per delivery, raw ws`, value: r.cpuUsPerDelivery, unit: 'µs', decimals: 1 },
    { figure: `${label}: server CPU per delivery, ours / raw`, value: o.cpuUsPerDelivery !== null && r.cpuUsPerDelivery ? o.cpuUsPerDelivery / r.cpuUsPerDelivery : null, unit: '×', decimals: 2, goal: { op: '<=', target: CPU_RATIO_GOAL } },
    ...profileRows,
  ];
}

/** BENCH_REALTIME_PROFILE=1: where our server's CPU went during the measured publishes. */
function fanOutProfile(ctx: BenchContext, profDir: string, window: { fromUs: number; toUs: number } | undefined): Row[] {
  const file = existsSync(profDir) ? readdirSync(profDir).find((f) => f.endsWith('.cpuprofile')) : undefined;
  if (!file) {
    ctx.log(`profile: no .cpuprofile in ${profDir}`);
    return [{ figure: 'fan-out profile', value: null, note: 'no profile written (did the server exit cleanly?)' }];
  }
  const keep = path.join(ctx.root, '.bench', 'realtime-api.cpuprofile');
  mkdirSync(path.dirname(keep), { recursive: true });
  copyFileSync(path.join(profDir, file), keep);
  const s = summarize(path.join(profDir, file), window, 8);
  ctx.log(`profile: ${s.samples} samples in the publishes' window; kept in ${path.relative(ctx.root, keep)}`);
  const share = (x: number) => Math.round(x * 1000) / 10;
  return [
    ...s.selfByCategory.map((x): Row => ({ figure: `fan-out profile: self ${x.name}`, value: share(x.share), unit: '%', decimals: 1 })),
    ...s.selfByFunction.map((x): Row => ({ figure: `fan-out profile: self fn ${x.name}`, value: share(x.share), unit: '%', decimals: 1 })),
    ...s.inclusive.map((x): Row => ({ figure: `fan-out profile: inclusive ${x.name}`, value: share(x.share), unit: '%', decimals: 1 })),
  ];
}

// ---------------------------------------------------------------------------------------------
// b. memory per idle subscriber

async function memoryPerSubscriber(ctx: BenchContext, nextName: () => string): Promise<Row[]> {
  const db = await ctx.database();
  const n = SUBSCRIBERS;
  const dataDir = ctx.tempDir('sb-bench-rt-mem-');
  // The inspector (attached once, for the whole measurement) lets us force a full GC in the child.
  const api = await startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: 'api (memory)', env: loadedApiEnv(db.url, dataDir), nodeFlags: [...API_NODE_FLAGS, '--inspect=127.0.0.1:0'], pinTo: ctx.serverCores });
  const inspector = await InspectorSession.attach(api.child).catch(async (e) => {
    await api.child.stop();
    throw e;
  });
  const rounds: { rss0: number; rssN: number; heap0: number; heapN: number }[] = [];
  let afterPublishes: { rss: number; heap: number; peakDuring: number | null; ms: number; missing: number; incomplete: number; closed: number } | undefined;
  try {
    const url = `${api.url}/graphql`;
    const wsUrl = `ws://127.0.0.1:${api.port}/graphql`;
    const auth = await signIn(url);
    const publish = updateTenant(url, auth);
    /** Full GC, a pause for the allocator to hand pages back, then RSS (mean of 3 reads) and V8 heap. */
    const settle = async () => {
      await inspector.collectGarbage();
      await sleep(500);
      await inspector.collectGarbage();
      await sleep(300);
      let rss = 0;
      for (let i = 0; i < 3; i++) {
        rss += procStatusBytes(api.child.pid, 'VmRSS') ?? NaN;
        await sleep(100);
      }
      return { rss: rss / 3, heap: await inspector.heapUsed() };
    };
    const subscribed = async (count: number, label: string) => {
      const fleet = await SubscriberFleet.open({ url: wsUrl, count, protocol: 'graphql-ws', connectionParams: tokenOf(auth), query: SUBSCRIPTION, sourceAddresses: sourceAddresses(count) });
      try {
        await probeUntilAllSubscribed(ctx, fleet, nextName, publish, label);
      } catch (e) {
        await fleet.close();
        throw e;
      }
      return fleet;
    };
    await ctx.offServerCores(async () => {
      // Warm-up: the code paths of connecting, subscribing and delivering, compiled and cached.
      await (await subscribed(Math.min(n, 200), 'memory warm-up')).close();
      await sleep(1000);
      for (let round = 1; round <= MEMORY_ROUNDS; round++) {
        const idle = await settle();
        const snapshots = path.join(ctx.root, '.bench');
        if (HEAP && round === 1) {
          mkdirSync(snapshots, { recursive: true });
          await inspector.heapSnapshot(path.join(snapshots, 'realtime-idle.heapsnapshot'));
        }
        const fleet = await subscribed(n, `memory round ${round}`);
        try {
          const loaded = await settle();
          if (HEAP && round === 1) {
            await inspector.heapSnapshot(path.join(snapshots, 'realtime-subscribers.heapsnapshot'));
            const growth = heapGrowth(path.join(snapshots, 'realtime-idle.heapsnapshot'), path.join(snapshots, 'realtime-subscribers.heapsnapshot'), n);
            ctx.log(`heap growth per subscriber (objects, bytes), largest first:\n${growth.map((g) => `  ${g.bytes.toFixed(0).padStart(6)} B ${g.count.toFixed(2).padStart(6)} × ${g.name}`).join('\n')}`);
          }
          rounds.push({ rss0: idle.rss, rssN: loaded.rss, heap0: idle.heap, heapN: loaded.heap });
          ctx.log(`memory round ${round}: RSS ${mb(idle.rss)} idle → ${mb(loaded.rss)} with ${n} subscribers (${((loaded.rss - idle.rss) / n / 1024).toFixed(1)} KB each); V8 heap ${mb(idle.heap)} → ${mb(loaded.heap)}`);
          if (round === MEMORY_ROUNDS && MEMORY_PUBLISHES > 0) {
            // The same subscribers get MEMORY_PUBLISHES events one after the other; then the
            // settled RSS again: what publishing leaves behind (pooled buffers, caches, leaks).
            const t0 = performance.now();
            let missing = 0;
            let incomplete = 0;
            let peakDuring = 0;
            for (let i = 0; i < MEMORY_PUBLISHES; i++) {
              const name = nextName();
              fleet.expect(name);
              const [, w] = await Promise.all([publish(name), fleet.waitAll(60_000, 5_000)]);
              missing += n - w.received;
              if (w.received < n) incomplete++;
              peakDuring = Math.max(peakDuring, procStatusBytes(api.child.pid, 'VmRSS') ?? 0);
            }
            const ms = performance.now() - t0;
            const after = await settle();
            afterPublishes = { rss: after.rss, heap: after.heap, peakDuring: peakDuring || null, ms, missing, incomplete, closed: fleet.unexpectedCloses };
            ctx.log(`memory: after ${MEMORY_PUBLISHES} publishes (${Math.round(ms)} ms, ${missing} deliveries missing): RSS ${mb(after.rss)} (${(((after.rss - loaded.rss) / loaded.rss) * 100).toFixed(1)}% vs idle with subscribers), RSS seen while publishing up to ${mb(peakDuring)}; V8 heap ${mb(after.heap)}`);
          }
        } finally {
          await fleet.close();
        }
        await sleep(1000); // the server completes the closed sockets' subscriptions
      }
    });
  } finally {
    inspector.close();
    await api.child.stop();
  }
  const perSub = (f: (r: (typeof rounds)[number]) => number) => rounds.reduce((a, r) => a + f(r), 0) / rounds.length / n / 1024;
  const rssKb = perSub((r) => r.rssN - r.rss0);
  const heapKb = perSub((r) => r.heapN - r.heap0);
  const last = rounds[rounds.length - 1];
  const growthRows: Row[] = afterPublishes
    ? [
        {
          figure: `RSS after ${MEMORY_PUBLISHES} publishes vs idle (${n.toLocaleString('en-US')} subscribers)`,
          value: ((afterPublishes.rss - last.rssN) / last.rssN) * 100,
          unit: '%',
          decimals: 1,
          goal: { op: '<=', target: MEMORY_GROWTH_GOAL_PERCENT },
          note: `the last round's ${n} subscribers got ${MEMORY_PUBLISHES} tenantUpdated events one after the other (${Math.round(afterPublishes.ms)} ms in all${afterPublishes.missing ? `, ${afterPublishes.missing} deliveries MISSING in ${afterPublishes.incomplete} publishes (waiting ends 5 s after the last arrival); ${afterPublishes.closed} sockets closed by the server` : ''}); RSS after a forced GC ${mb(afterPublishes.rss)} vs ${mb(last.rssN)} idle with the same subscribers; highest RSS read between publishes ${mb(afterPublishes.peakDuring)}; V8 heap ${mb(last.heapN)} → ${mb(afterPublishes.heap)}`,
          ...(afterPublishes.missing && { warning: true }),
        },
      ]
    : [];
  return [
    {
      figure: `memory per idle subscriber (${n.toLocaleString('en-US')}, RSS)`,
      value: rssKb,
      unit: 'KB',
      decimals: 1,
      goal: { op: '<=', target: MEMORY_GOAL_KB },
      note: `VmRSS of our API with ${n} idle tenantUpdated subscribers (one probe event delivered) minus with none, each after a full GC forced through the inspector; mean of ${rounds.length} rounds (${rounds.map((r) => `${mb(r.rss0)} → ${mb(r.rssN)}`).join(', ')}); KB = 1,024 bytes; V8 heap alone ${heapKb.toFixed(1)} KB per subscriber`,
    },
    ...growthRows,
  ];
}

// ---------------------------------------------------------------------------------------------
// c. cross-instance added latency (Redis)

async function redisReachable(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function crossInstance(ctx: BenchContext, nextName: () => string): Promise<Row[]> {
  const figure = `cross-instance added latency p99 (${CROSS_SUBSCRIBERS} subscribers, Redis)`;
  if (!(await redisReachable(REDIS_URL))) {
    ctx.log(`Redis not reachable at ${REDIS_URL}: cross-instance latency NOT MEASURED`);
    return [{ figure, value: `skipped: no Redis at ${REDIS_URL}`, note: 'start Redis (or set BENCH_REDIS_URL) to measure it' }];
  }
  const db = await ctx.database();
  const prefix = `sb-bench-${randomBytes(4).toString('hex')}:`;
  // One environment (same JWT secret) for both instances; each its own DATA_DIR.
  const base = loadedApiEnv(db.url, ctx.tempDir('sb-bench-rt-x-'));
  const env = (dir: string) => ({ ...base, DATA_DIR: dir, WEB_DIST: path.join(dir, 'no-web-dist'), REDIS_URL, EVENTS_CHANNEL_PREFIX: prefix });
  const [a, b] = await Promise.all(
    ['a', 'b'].map((x) => startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: `api ${x.toUpperCase()} (redis)`, env: env(ctx.tempDir(`sb-bench-rt-${x}-`)), nodeFlags: API_NODE_FLAGS, pinTo: ctx.serverCores }).catch((e: Error) => e)),
  );
  if (a instanceof Error || b instanceof Error) {
    await Promise.all([a, b].map((x) => (x instanceof Error ? undefined : x.child.stop())));
    throw a instanceof Error ? a : b;
  }
  let blocks: Disturbed<{ same: number[]; cross: number[]; missing: number }> | undefined;
  try {
    const auth = await signIn(`${a.url}/graphql`);
    const viaA = updateTenant(`${a.url}/graphql`, auth);
    const viaB = updateTenant(`${b.url}/graphql`, auth);
    await ctx.offServerCores(async () => {
      const fleet = await SubscriberFleet.open({ url: `ws://127.0.0.1:${a.port}/graphql`, count: CROSS_SUBSCRIBERS, protocol: 'graphql-ws', connectionParams: tokenOf(auth), query: SUBSCRIPTION });
      try {
        await probeUntilAllSubscribed(ctx, fleet, nextName, viaA, 'cross: via A');
        await probeUntilAllSubscribed(ctx, fleet, nextName, viaB, 'cross: via B');
        // Blocks of interleaved pairs, order alternating, so drift hits both paths alike.
        blocks = await undisturbed(
          ctx,
          { want: CROSS_PUBLISHES / CROSS_BLOCK, maxTries: CROSS_MAX_BLOCKS, servers: [a.child, b.child], database: dbName(db.url), quietMs: 3_000, settleMs: 0 },
          async () => {
            const block = { same: [] as number[], cross: [] as number[], missing: 0 };
            for (let i = 0; i < CROSS_BLOCK; i++) {
              for (const via of i % 2 ? (['cross', 'same'] as const) : (['same', 'cross'] as const)) {
                await sleep(CROSS_PAUSE_MS);
                const name = nextName();
                fleet.expect(name);
                const t0 = performance.now();
                const [, w] = await Promise.all([(via === 'same' ? viaA : viaB)(name), fleet.waitAll(10_000, 2_000)]);
                block.missing += CROSS_SUBSCRIBERS - w.received;
                block[via].push(...fleet.latencies(t0));
              }
            }
            return block;
          },
        );
      } finally {
        await fleet.close();
      }
    });
  } finally {
    await Promise.all([a.child.stop(), b.child.stop()]);
  }
  if (!blocks) throw new Error('cross-instance: nothing measured');
  const same = blocks.kept.flatMap((x) => x.same);
  const cross = blocks.kept.flatMap((x) => x.cross);
  const missing = blocks.kept.reduce((m, x) => m + x.missing, 0);
  const [s50, s90, s99, c50, c90, c99] = [percentile(same, 50), percentile(same, 90), percentile(same, 99), percentile(cross, 50), percentile(cross, 90), percentile(cross, 99)];
  ctx.log(`cross: same instance p50 ${ms1(s50)} p99 ${ms1(s99)} ms; cross-instance p50 ${ms1(c50)} p99 ${ms1(c99)} ms`);
  return [
    {
      figure,
      value: c99 - s99,
      unit: 'ms',
      decimals: 1,
      goal: { op: '<=', target: CROSS_GOAL_MS },
      note: `two API instances (both pinned to the server core) on one PostgreSQL and Redis (${REDIS_URL}, channel prefix ${prefix}); ${CROSS_SUBSCRIBERS} tenantUpdated subscribers on A; ${CROSS_PUBLISHES} updateTenant via B (cross) interleaved with ${CROSS_PUBLISHES} via A (same), ${CROSS_PAUSE_MS} ms apart; p99 over all ${cross.length} / ${same.length} deliveries: cross ${ms1(c99)} ms − same ${ms1(s99)} ms; p90 ${ms1(c90)} − ${ms1(s90)} = ${ms1(c90 - s90)} ms; p50 ${ms1(c50)} − ${ms1(s50)} = ${ms1(c50 - s50)} ms (each publish's 50 deliveries move together: the p99 is set by the slowest 1–2 publishes of each path); ${disturbedNote(blocks, `blocks of ${CROSS_BLOCK} pairs`)}${missing ? `; ${missing} deliveries MISSING` : ''}`,
      ...(missing && { warning: true }),
    },
    { figure: 'same instance via Redis: p50 / p99', value: `${ms1(s50)} / ${ms1(s99)} ms` },
    { figure: 'cross-instance via Redis: p50 / p99', value: `${ms1(c50)} / ${ms1(c99)} ms` },
  ];
}

// ---------------------------------------------------------------------------------------------

export const realtime: Section = {
  name: 'realtime',
  description: `graphql-ws fan-out to ${SUBSCRIBERS.toLocaleString('en-US')} subscribers vs a raw ws broadcast, memory per idle subscriber, cross-instance latency over Redis`,
  async run(ctx) {
    ensureFileLimit(SUBSCRIBERS + 2048, ctx.log);
    const db = await ctx.database();
    const [{ name: originalName }] = await db.sql<{ name: string }>(`select name from tenants where slug = $1`, [TENANT_SLUG]);
    const nextName = nameSource();
    try {
      const rows: Row[] = [];
      if (PARTS.has('fanout')) rows.push(...(await fanOut(ctx, nextName)));
      if (PARTS.has('memory')) rows.push(...(await memoryPerSubscriber(ctx, nextName)));
      if (PARTS.has('roles')) rows.push(...(await mixedRoles(ctx, SUBSCRIBERS)));
      if (PARTS.has('cross')) rows.push(...(await crossInstance(ctx, nextName)));
      return rows;
    } finally {
      await ctx.children.stopAll();
      await db.sql(`update tenants set name = $1 where slug = $2`, [originalName, TENANT_SLUG]);
    }
  },
};

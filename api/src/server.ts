// express 5 + Apollo Server 5 at /graphql, graphql-ws on the same port and path, health checks
// and the static web app — one HTTP server.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type NextFunction } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { WebSocketServer, type WebSocket } from 'ws';
import { execute, GraphQLError, visit, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { AppServices } from './services.js';
import { createContext, type Context } from './context.js';
import { authenticate } from './auth/authenticate.js';
import type { Viewer } from './auth/viewer.js';
import { formatErrorForClient, logMaskedError } from './errors.js';
import { graphqlHttpHandler, MAX_BODY_BYTES, refuseTooLarge } from './http/graphql-http.js';
import { clientIp } from './http/client-ip.js';
import { requestPlugin } from './http/apollo-plugin.js';
import { shortCircuitApolloHashRequire } from './http/apollo-hash.js';
import { jitGateway } from './graphql/jit-executor.js';
import { FanOut, isMember, sharedPayloadJson } from './graphql/fanout.js';
import { ALREADY_SENT, bindGraphqlWs, sendShared } from './graphql/ws-binding.js';
import { Drain, refuseUpgrade } from './http/drain.js';
import { createQueryLimits, MAX_TOKENS } from './graphql/limits/index.js';
import { wsLimits } from './graphql/limits/ws.js';
import { createValidator } from './graphql/limits/validation.js';
import { OperationObserver } from './http/operation-log.js';
import { widgetSafelistCheck } from './http/widget-safelist.js';
import { internalServer, metricsOnMainPort } from './http/metrics-route.js';
import { RedisApqCache, APQ_TTL_SECONDS } from './http/apq-cache.js';
import { platformMetrics } from './metrics/platform-metrics.js';

export type ReadinessCheck = () => Promise<{ ok: boolean; detail?: string }>;

/** How long one readiness check may take before it counts as down (a hung dependency). */
const CHECK_TIMEOUT_MS = 3000;

export interface HttpServer {
  server: http.Server;
  listen(port: number, host: string): Promise<number>;
  /** Stop accepting, answer or refuse every HTTP request, then close WebSockets (code 1001). */
  close(): Promise<void>;
  /** Number of open graphql-ws subscriptions (tests wait on it instead of sleeping). */
  subscriptionCount(): number;
  /** Close sockets whose viewer matches and is no longer valid (deactivated, suspended, revoked). */
  revalidateSockets(matches: (viewer: Viewer) => boolean): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Checks named here report `degraded` (HTTP 200) when they fail; all others `unavailable` (503).
 * Events: without Redis an instance still serves, delivers its own events and catches up later.
 */
const optionalChecks = new Set(['vectorStore', 'events', 'embedder']);

/** What each check stands for, in the words of an operator reading a failed probe. */
const dependencyNames: Record<string, string> = {
  database: 'PostgreSQL',
  jobs: 'the job queue (pg-boss on PostgreSQL)',
  vectorStore: 'Chroma',
  embedder: 'the embedder',
};

export type RouteMount = (app: express.Express, services: AppServices) => void;

export async function createHttpServer(services: AppServices, schema: GraphQLSchema, readiness: Record<string, ReadinessCheck>, routes: readonly RouteMount[] = []): Promise<HttpServer> {
  const { config, log } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  let graphqlHandler: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | undefined;
  const drain = new Drain();
  const server = http.createServer((req, res) => {
    // Shutting down: refused before anything runs (a request that arrived on a kept-alive socket).
    if (!drain.admit(res)) return;
    const url = req.url ?? '/';
    if (graphqlHandler && (url === '/graphql' || url.startsWith('/graphql?'))) void graphqlHandler(req, res);
    else app(req, res);
  });
  drain.track(server);
  // `Expect: 100-continue`: a GraphQL body announced over 1 MB gets its 413 instead of the go-ahead
  // (the client then never sends it); everything else is told to continue and handled as usual.
  server.on('checkContinue', (req, res) => {
    const url = req.url ?? '/';
    if (graphqlHandler && (url === '/graphql' || url.startsWith('/graphql?')) && Number(req.headers['content-length']) > MAX_BODY_BYTES) {
      const given = req.headers['x-request-id'];
      return refuseTooLarge(req, res, typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID(), false);
    }
    res.writeContinue();
    server.emit('request', req, res);
  });
  const sockets = new Set<WebSocket>();
  let subscriptions = 0;

  // Request id and access log for the non-GraphQL routes (GraphQL has its own path, below).
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.get('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    if (log.isLevelEnabled('debug')) {
      const started = process.hrtime.bigint();
      res.on('finish', () => log.debug({ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request'));
    }
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const dependencyLabel = (name: string) => (name === 'events' ? (config.REDIS_URL ? 'Redis' : 'in-memory events') : (dependencyNames[name] ?? name));
  const readyz = async () => {
    const results: Record<string, { ok: boolean; required: boolean; detail?: string }> = {};
    await Promise.all(
      Object.entries(readiness).map(async ([name, check]) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
          });
          results[name] = { ...(await Promise.race([check(), timeout])), required: !optionalChecks.has(name) };
        } catch (e) {
          results[name] = { ok: false, required: !optionalChecks.has(name), detail: (e as Error).message };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    // A failed essential check (database, jobs) takes the instance out of rotation (503). A
    // failed optional one (the vector store, Redis, the embedder) leaves it serving in a degraded mode (200).
    // READYZ_REQUIRE promotes optional checks (Redis, …) to essential ones for this deployment.
    const essential = (name: string) => !optionalChecks.has(name) || (config.READYZ_REQUIRE as string[]).includes(name);
    for (const [name, r] of Object.entries(results)) r.required = essential(name);
    const down = Object.entries(results).filter(([, r]) => !r.ok);
    const essentialDown = down.some(([name]) => essential(name));
    const status = essentialDown ? 'unavailable' : down.length ? 'degraded' : 'ready';
    const body: Record<string, unknown> = { status, down: down.map(([name]) => name), checks: results };
    // One line naming what is down, e.g. "down: Redis (connect ECONNREFUSED 127.0.0.1:6390)".
    if (down.length) body.message = `down: ${down.map(([name, r]) => `${dependencyLabel(name)}${r.detail ? ` (${r.detail})` : ''}`).join('; ')}`;
    return { status: essentialDown ? 503 : 200, body };
  };
  app.get('/readyz', async (_req, res) => {
    const r = await readyz();
    res.status(r.status).json(r.body);
  });

  // Prometheus metrics (http/metrics-route.ts: token, internal port, or development only).
  const metrics = services.metrics;
  app.get('/metrics', async (req, res) => {
    const a = await metricsOnMainPort(config, metrics, req.get('authorization'));
    res.status(a.status).set('cache-control', 'no-store').type(a.type).send(a.body);
  });
  const internal = config.METRICS_PORT ? internalServer(metrics, readyz) : null;

  shortCircuitApolloHashRequire();
  const limits = createQueryLimits(schema, config.MAX_PAGE_SIZE);
  const validated = createValidator(schema, config.NODE_ENV === 'production');
  const observer = new OperationObserver(log, metrics, limits);
  const safelist = widgetSafelistCheck(services.auth);
  // Automatic persisted queries (docs/api.md, "Persisted queries"): Apollo's bounded in-memory
  // store, or Redis shared by every instance when configured.
  const apqCache = config.REDIS_URL ? new RedisApqCache(config.REDIS_URL, `${config.EVENTS_CHANNEL_PREFIX}apq:`) : null;
  const apollo = new ApolloServer<Context>({
    // Queries and mutations run compiled by graphql-jit; subscriptions (graphql-ws) use graphql-js.
    gateway: jitGateway(schema, config.NODE_ENV === 'production' ? 'trusted' : config.NODE_ENV === 'test' ? 'checked' : 'serialized'),
    introspection: true,
    // Field suggestions ("Did you mean …") are stripped by our own validator in production
    // (createValidator below; Apollo's validation is off): Apollo's option would only add a
    // plugin whose per-request listener never fires.
    hideSchemaDetailsFromClientErrors: false,
    includeStacktraceInErrorResponses: false,
    // The parser itself stops at the largest token budget (graphql/limits/budgets.ts).
    parseOptions: { maxTokens: MAX_TOKENS },
    persistedQueries: apqCache ? { cache: apqCache, ttl: APQ_TTL_SECONDS } : { ttl: null },
    // Apollo's default appends a newline, which makes the answer a two-part string that is then
    // copied whole to be measured and written (one answer-sized allocation per request).
    stringifyResult: (value) => JSON.stringify(value),
    // Validation runs in requestPlugin, after the query limits (graphql/limits/validation.ts).
    dangerouslyDisableValidation: true,
    // main.ts owns shutdown order (HTTP, then events, pools, database); Apollo's own signal
    // handler would race it and leave the drain hanging.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      formatErrorForClient(formatted, error, (formatted.extensions?.requestId as string | undefined) ?? currentRequestId(error), (cause, requestId) =>
        logMaskedError(log, cause, requestId),
      ),
    plugins: [
      // Per-request hooks we do not use cost time on every request (DESIGN.md §8): switched off.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      requestPlugin(config.NODE_ENV === 'production', limits, validated, observer, safelist, services.budgets),
    ],
  });
  await apollo.start();
  graphqlHandler = graphqlHttpHandler(apollo, services, observer);

  // Modules' plain HTTP routes (calendar files, …), before the web app's fallback.
  for (const mount of routes) mount(app, services);

  // The embeddable chat widget (web/dist/widget.js), loaded by tenants' pages from any origin.
  // Before the web app's routing fallback, which would otherwise answer it with index.html.
  const widgetJs = path.join(path.resolve(config.WEB_DIST), 'widget.js');
  app.get('/widget.js', (_req, res) => {
    if (!existsSync(widgetJs)) return void res.status(404).type('text').send('widget.js is not built: run `npm run build`');
    res.set({ 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' }).type('text/javascript').sendFile(widgetJs);
  });

  // The built web app (dashboard, console) with client-side routing fallback.
  const webDist = path.resolve(config.WEB_DIST);
  if (existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz|metrics).*/, (_req, res) => res.sendFile(path.join(webDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Switchboard API is running. The web app is not built: run `npm run build`.');
    });
  }

  const liveOps = new WeakMap<object, Set<string>>();
  const fanout = new FanOut();
  const viewers = new Map<WebSocket, Viewer>();
  const maskError = (e: GraphQLError, requestId: string | undefined) =>
    formatErrorForClient(e.toJSON(), e, requestId, (cause, rid) => logMaskedError(log, cause, rid));

  // noServer + our own upgrade routing: attached with `{ server }`, ws would re-emit the HTTP
  // server's listen errors and graphql-ws would print them; `listen` below reports them once.
  const wsGuard = wsLimits(limits, validated, services.budgets);
  // No compression (a deflate context per socket costs ≈ 300 KB of zlib state) and no frame
  // larger than an HTTP body may be.
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: MAX_BODY_BYTES });
  server.on('upgrade', (req, socket, head) => {
    if (req.url?.split('?')[0] !== '/graphql') return socket.destroy();
    if (drain.draining) return refuseUpgrade(socket);
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  const pm = platformMetrics(metrics);
  // Deliveries are counted in a plain map and added to the counter when metrics are read: a
  // labelled counter's inc costs a label lookup, once per delivery otherwise.
  const deliveredBy = new Map<string, number>();
  const stopSampling = metrics.onScrape(() => {
    pm.sockets.set(sockets.size);
    pm.subscriptions.set(subscriptions);
    for (const [subscription, n] of deliveredBy) pm.delivered.inc({ subscription }, n);
    deliveredBy.clear();
  });
  // Root field of a subscription document, per parsed document (a label of realtime_events_delivered_total).
  const rootFields = new WeakMap<object, string>();
  const rootFieldOf = (document: import('graphql').DocumentNode): string => {
    let name = rootFields.get(document);
    if (name === undefined) {
      const op = document.definitions.find((d) => d.kind === 'OperationDefinition');
      const sel = op && op.kind === 'OperationDefinition' ? op.selectionSet.selections.find((x) => x.kind === 'Field') : undefined;
      name = sel && sel.kind === 'Field' ? sel.name.value : 'unknown';
      rootFields.set(document, name);
    }
    return name;
  };
  const wsStarted = new WeakMap<object, Map<string, bigint>>();
  wss.on('connection', (ws) => {
    sockets.add(ws);
    // `on`, not `once`: close fires once anyway, and each `once` wrapper costs ≈ 250 bytes per socket.
    ws.on('close', () => {
      sockets.delete(ws);
      viewers.delete(ws);
    });
  });
  const wsBinding = bindGraphqlWs<{ ctx?: Context; viewer?: Viewer }>(
    {
      schema,
      // Subscribers of tenant-wide topics share one execution per event (graphql/fanout.ts).
      // Query limits, text check and validation before anything runs (graphql/limits/ws.ts).
      parse: wsGuard.parse,
      validate: wsGuard.validate,
      // Then the operation's cost from the caller's budget (graphql/budget; per event for subscriptions).
      execute: async (args) => {
        const refused = wsGuard.guard(args) ?? (await wsGuard.charge(args));
        if (refused) return refused;
        const result = await execute(args);
        return 'data' in result || 'errors' in result ? wsGuard.settle(args, result as ExecutionResult) : result;
      },
      subscribe: async (args) => {
        const refused = wsGuard.guard(args) ?? (await wsGuard.charge(args));
        if (refused) return refused;
        const result = await fanout.subscribe(args);
        return Symbol.asyncIterator in result ? wsGuard.meter(args, result as AsyncIterableIterator<ExecutionResult>) : result;
      },
      // Credentials are checked once when the socket opens; bad ones close it (4403).
      onConnect: async (wsCtx) => {
        const params = wsCtx.connectionParams ?? {};
        const authorization = (params.authorization ?? params.Authorization) as string | undefined;
        try {
          wsCtx.extra.viewer = await authenticate(services, authorization);
        } catch {
          return false;
        }
        // Read once: graphql-ws keeps the parameters for the socket's life, the token need not stay.
        // (Cleared, not deleted: a deleted property turns the object into a dictionary, larger.)
        if ('authorization' in params) (params as Record<string, unknown>).authorization = undefined;
        if ('Authorization' in params) (params as Record<string, unknown>).Authorization = undefined;
        viewers.set(wsCtx.extra.socket, wsCtx.extra.viewer);
        return true;
      },
      context: async (wsCtx) => {
        if (!wsCtx.extra.ctx) wsCtx.extra.ctx = createContext(services, { viewer: wsCtx.extra.viewer!, ip: wsCtx.extra.ip, userAgent: wsCtx.extra.userAgent });
        return wsCtx.extra.ctx;
      },
      // Widget sessions of safelisted tenants: the widget's own documents only (http/widget-safelist.ts).
      onSubscribe: async (wsCtx, id, payload) => {
        // graphql-ws keeps this message while the subscription lives: the shared copy of its text.
        if (typeof payload.query === 'string') (payload as { query: string }).query = wsGuard.intern(payload.query);
        let started = wsStarted.get(wsCtx);
        if (!started) wsStarted.set(wsCtx, (started = new Map()));
        started.set(id, process.hrtime.bigint());
        const viewer = wsCtx.extra.viewer;
        if (viewer?.kind === 'widget') {
          const refused = await safelist.check(viewer, (payload.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash, payload.query);
          if (refused) {
            observer.done({ requestId: undefined, viewer, operationName: payload.operationName, type: 'unknown', document: undefined, variables: undefined, startedAt: started.get(id)!, outcome: ErrorCodeNotAllowed, transport: 'ws' });
            started.delete(id);
            return [refused];
          }
        }
        return undefined;
      },
      onOperation: (wsCtx, id, _payload, args, result) => {
        const started = wsStarted.get(wsCtx);
        const startedAt = started?.get(id);
        if (startedAt !== undefined) {
          started!.delete(id);
          const op = args.document.definitions.find((d) => d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName));
          const errors = result && typeof result === 'object' && 'errors' in result ? (result as { errors?: readonly GraphQLError[] }).errors : undefined;
          observer.done({
            requestId: wsCtx.extra.ctx?.requestId,
            viewer: wsCtx.extra.viewer,
            operationName: args.operationName ?? (op && op.kind === 'OperationDefinition' ? op.name?.value : undefined),
            type: op && op.kind === 'OperationDefinition' ? op.operation : 'unknown',
            document: args.document,
            variables: args.variableValues as Record<string, unknown> | undefined,
            startedAt,
            outcome: errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL') : 'ok',
            transport: 'ws',
          });
        }
        if (result && typeof result === 'object' && Symbol.asyncIterator in result) {
          // A grouped subscriber (not metered by a budget): its group's shared frames go straight
          // to the socket, counted as graphql-ws's onNext would count them.
          if (isMember(result)) {
            const field = rootFieldOf(args.document);
            const socket = wsCtx.extra.socket;
            result.direct = (json, shared) => {
              deliveredBy.set(field, (deliveredBy.get(field) ?? 0) + 1);
              sendShared(socket, id, shared, json);
            };
          }
          let open = liveOps.get(wsCtx);
          if (!open) liveOps.set(wsCtx, (open = new Set()));
          open.add(id);
          subscriptions++;
        }
      },
      onComplete: (wsCtx, id) => {
        if (liveOps.get(wsCtx)?.delete(id)) subscriptions--;
      },
      onError: (wsCtx, _id, _payload, errors) => errors.map((e) => maskError(e, wsCtx.extra.ctx?.requestId)),
      onNext: (wsCtx, id, _payload, args, result) => {
        const field = rootFieldOf(args.document);
        deliveredBy.set(field, (deliveredBy.get(field) ?? 0) + 1);
        if (!result.errors?.length) {
          // One execution for many subscribers (graphql/fanout.ts): one serialisation too.
          const json = sharedPayloadJson(result);
          if (json === undefined) return;
          sendShared(wsCtx.extra.socket, id, result, json);
          return ALREADY_SENT as never;
        }
        return { ...result, errors: result.errors.map((e) => maskError(e, wsCtx.extra.ctx?.requestId)) } as never;
      },
      onClose: () => undefined,
    },
    wss,
    (req) => ({ ip: clientIp(req), userAgent: req.headers['user-agent'] ?? null }),
    config.NODE_ENV === 'production',
  );

  return {
    server,
    listen: async (port, host) => {
      const listenOn = (srv: http.Server, p: number, h: string) =>
        new Promise<number>((resolve, reject) => {
          const onError = (e: NodeJS.ErrnoException) => reject(e);
          srv.once('error', onError);
          srv.listen(p, h, () => {
            srv.off('error', onError);
            resolve((srv.address() as { port: number }).port);
          });
        });
      const bound = await listenOn(server, port, host);
      if (internal && config.METRICS_PORT) {
        try {
          await listenOn(internal, config.METRICS_PORT, '127.0.0.1');
        } catch (e) {
          server.close();
          const { ConfigError } = await import('./config.js');
          throw new ConfigError(`METRICS_PORT: ${config.METRICS_PORT} cannot be used on 127.0.0.1 (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        }
      }
      return bound;
    },
    close: async () => {
      // 1. Stop accepting; every request from now on is answered, or refused before it runs.
      // 2. In-flight requests finish and are answered. 3. WebSockets close (1001). 4. Apollo.
      await drain.start(server, config.SHUTDOWN_TIMEOUT_MS);
      wss.close();
      wsBinding.dispose();
      for (const ws of sockets) ws.close(1001, 'server shutting down');
      // Let closed sockets finish their subscriptions (unsubscribing from events) before the
      // event transport is closed after us.
      const deadline = Date.now() + 2000;
      while (subscriptions > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      for (const ws of sockets) ws.terminate();
      await apollo.stop();
      stopSampling();
      apqCache?.close();
      internal?.close();
      internal?.closeAllConnections();
      server.closeAllConnections?.();
    },
    subscriptionCount: () => subscriptions,
    revalidateSockets: async (matches) => {
      for (const [ws, viewer] of viewers) {
        if (!matches(viewer)) continue;
        if (!(await services.auth.stillValid(viewer))) ws.close(4401, 'Credentials revoked');
      }
    },
  };
}

const ErrorCodeNotAllowed = 'PERSISTED_QUERY_NOT_ALLOWED';

function currentRequestId(error: unknown): string | undefined {
  return (error as { requestId?: string } | undefined)?.requestId;
}

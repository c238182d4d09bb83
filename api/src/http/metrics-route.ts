// GET /metrics (Prometheus text format), protected (docs/deployment.md, "Metrics"):
// - METRICS_TOKEN set: the main port answers it to `Authorization: Bearer <token>` only (401 else);
// - METRICS_PORT set: an internal listener on 127.0.0.1:<port> answers /metrics and /readyz
//   without a token (for a scraper on the same host or pod);
// - neither: the main port answers it in development and test only; production refuses (403)
//   rather than publish internals to the world.
// METRICS=off: 404 everywhere, nothing is counted.
import http from 'node:http';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Config } from '../config.js';
import type { Metrics } from '../metrics/metrics.js';

type Answer = { status: number; type: string; body: string };

const digest = (s: string) => createHash('sha256').update(s).digest();
const json = (status: number, message: string): Answer => ({ status, type: 'application/json; charset=utf-8', body: JSON.stringify({ error: message }) });

/** What the main port answers to GET /metrics with this Authorization header. */
export async function metricsOnMainPort(config: Config, metrics: Metrics, authorization: string | undefined): Promise<Answer> {
  if (!metrics.enabled) return json(404, 'Metrics are off (METRICS=false)');
  if (config.METRICS_TOKEN) {
    const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), digest(config.METRICS_TOKEN))) return json(401, 'Send Authorization: Bearer <METRICS_TOKEN>');
  } else if (config.NODE_ENV === 'production') {
    return json(403, config.METRICS_PORT ? 'Metrics are served on the internal METRICS_PORT' : 'Set METRICS_TOKEN or METRICS_PORT to serve metrics in production');
  }
  return render(metrics);
}

async function render(metrics: Metrics): Promise<Answer> {
  return { status: 200, type: metrics.contentType, body: await metrics.render() };
}

/** The internal listener on 127.0.0.1:METRICS_PORT: /metrics and /readyz, no token. */
export function internalServer(metrics: Metrics, readyz: () => Promise<{ status: number; body: unknown }>): http.Server {
  return http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (a: Answer) => {
      res.writeHead(a.status, { 'content-type': a.type, 'cache-control': 'no-store' });
      res.end(a.body);
    };
    if (req.method !== 'GET') return send(json(405, 'GET only'));
    if (path === '/metrics') {
      if (!metrics.enabled) return send(json(404, 'Metrics are off (METRICS=false)'));
      return void render(metrics).then(send, () => send(json(500, 'metrics failed')));
    }
    if (path === '/readyz') return void readyz().then((r) => send({ status: r.status, type: 'application/json; charset=utf-8', body: JSON.stringify(r.body) }));
    send(json(404, 'Not found: /metrics or /readyz'));
  });
}

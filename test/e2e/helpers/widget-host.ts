// Two tiny HTTP servers for the widget's browser tests, on two origins like in production:
// - the tenant's site: a plain HTML page with hostile CSS that embeds the one <script> tag;
// - the Switchboard front: serves widget.js and passes /graphql (HTTP and WebSocket) through
//   to the test API, answering CORS for the tenant's origin. It can also cut every connection
//   and refuse new ones, to take the customer's network down on demand.
import http from 'node:http';
import net from 'node:net';
import { readFileSync } from 'node:fs';

export interface Served {
  url: string;
  close(): Promise<void>;
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}`));
  });
}

function closer(server: http.Server, sockets: () => Iterable<net.Socket>) {
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets()) s.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    });
}

export interface WidgetFront extends Served {
  /** true: drop every open connection (WebSockets included) and refuse new ones until false. */
  cut(down: boolean): void;
  /** Open WebSocket tunnels to the API (the widget keeps one while a conversation is live). */
  tunnels(): number;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, x-request-id, apollo-require-preflight',
  'access-control-max-age': '600',
};

export async function startWidgetFront(apiUrl: string, widgetJsPath: string): Promise<WidgetFront> {
  const api = new URL(apiUrl);
  const sockets = new Set<net.Socket>();
  const tunnels = new Set<net.Socket>();
  let down = false;

  const server = http.createServer((req, res) => {
    if (down) return void req.socket.destroy();
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/widget.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store', ...CORS });
      return void res.end(readFileSync(widgetJsPath));
    }
    if (path !== '/graphql') return void res.writeHead(404).end();
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    const upstream = http.request(
      { host: api.hostname, port: api.port, method: req.method, path: req.url, headers: { ...req.headers, host: api.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...CORS });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  // A raw TCP tunnel for the WebSocket upgrade: the handshake and frames pass through untouched.
  server.on('upgrade', (req, socket, head) => {
    if (down) return void socket.destroy();
    const upstream = net.connect(Number(api.port), api.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const [name, value] = [req.rawHeaders[i], req.rawHeaders[i + 1]];
        lines.push(`${name}: ${name.toLowerCase() === 'host' ? api.host : value}`);
      }
      upstream.write(lines.join('\r\n') + '\r\n\r\n');
      if (head.length) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    for (const s of [socket as net.Socket, upstream]) {
      tunnels.add(s);
      s.on('error', () => undefined);
      s.once('close', () => {
        tunnels.delete(s);
        socket.destroy();
        upstream.destroy();
      });
    }
  });

  const url = await listen(server);
  return {
    url,
    close: closer(server, () => [...sockets, ...tunnels]),
    cut(value) {
      down = value;
      if (!value) return;
      for (const s of [...tunnels, ...sockets]) s.destroy();
    },
    tunnels: () => [...tunnels].length / 2,
  };
}

export interface HostPageOptions {
  widgetJsUrl: string;
  widgetKey: string;
  /** Set data-api-url explicitly (default: the widget falls back to its script's origin). */
  apiUrl?: string;
}

/** The tenant's page: its own content plus styles that would wreck a widget without Shadow DOM. */
export function hostPageHtml(o: HostPageOptions): string {
  const api = o.apiUrl ? ` data-api-url="${o.apiUrl}"` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Northwind Outfitters — a tenant's page</title>
<style>
  /* Hostile host-page CSS: the widget must look and work the same despite it. */
  * { all: unset; }
  div { display: none !important; }
  button { background: red !important; width: 1px !important; height: 1px !important; }
  textarea { display: none !important; }
  li { font-size: 1px !important; color: transparent !important; }
  head, style, script, title { display: none; }
  main, p, h1 { display: block; }
</style>
<script src="${o.widgetJsUrl}" data-widget-key="${o.widgetKey}"${api} async></script>
</head>
<body>
<main><h1>Northwind Outfitters</h1><p>Gear for every trail.</p><div id="hidden-by-host-css">This div is hidden by the page's own CSS.</div></main>
</body>
</html>`;
}

export async function startHostPage(o: HostPageOptions): Promise<Served & { urlWithApi: string }> {
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://host');
    if (u.pathname !== '/') return void res.writeHead(404).end();
    const html = hostPageHtml({ ...o, apiUrl: u.searchParams.has('explicit-api') ? o.apiUrl : undefined });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  const url = await listen(server);
  return { url: `${url}/`, urlWithApi: `${url}/?explicit-api`, close: closer(server, () => sockets) };
}

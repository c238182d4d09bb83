// The raw baseline of the realtime bench: a bare `ws` server that broadcasts whatever bytes it is
// given to every open socket — what a subscription fan-out costs with no GraphQL at all.
// Run as a child process (pinned like our API): `node --import tsx test/bench/lib/ws-raw-server.ts`.
//   PORT=<n>             listen on 127.0.0.1:<n> (default: any free port); prints `ready <port>`
//   GET  /count          number of open sockets (the server-side signal that all are connected)
//   POST /broadcast      body = the frame; sent as one text frame to every socket, then answered
// Sockets connect on any path. SIGTERM closes everything and exits 0.
import http from 'node:http';
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/count') {
    res.end(String(wss.clients.size));
    return;
  }
  if (req.method === 'POST' && req.url === '/broadcast') {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const frame = Buffer.concat(chunks);
      for (const ws of wss.clients) ws.send(frame, { binary: false });
      res.end(String(wss.clients.size));
    });
    return;
  }
  res.statusCode = 404;
  res.end();
});

server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`ready ${(server.address() as { port: number }).port}\n`);
});

process.once('SIGTERM', () => {
  for (const ws of wss.clients) ws.terminate();
  wss.close();
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
});

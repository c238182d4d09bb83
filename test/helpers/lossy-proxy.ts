// An HTTP proxy that loses answers: it forwards each request to the server, reads the whole
// answer (so the server has executed and committed), keeps it for the test, then destroys the
// client's socket instead of replying — what a client sees when a load balancer, a flaky network
// or a restart drops the response of a request that did happen.
import http from 'node:http';

export interface LossyProxy {
  url: string;
  /** The answers the server gave and the clients never got, in order. */
  lost: { status: number; body: string }[];
  close(): Promise<void>;
}

export async function lossyProxy(target: string): Promise<LossyProxy> {
  const lost: LossyProxy['lost'] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers[k] = v;
    const answer = await fetch(new URL(req.url!, target), { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    lost.push({ status: answer.status, body: await answer.text() });
    res.socket?.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    lost,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

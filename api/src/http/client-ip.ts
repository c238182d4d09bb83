// The caller's IP address, for audit logs and the widget's per-address limits. A request that
// arrives from loopback came through our own reverse proxy (the deployment docs put one in
// front), so its first X-Forwarded-For entry is the client; from anywhere else the header is
// the caller's own claim and is ignored.
import type http from 'node:http';

export function clientIp(req: http.IncomingMessage): string | null {
  const peer = req.socket.remoteAddress ?? null;
  if (peer && (peer.startsWith('127.') || peer === '::1' || peer === '::ffff:127.0.0.1')) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0].trim();
    if (first) return first;
  }
  return peer;
}

// Where a webhook may go. At registration: https only (http for localhost/127.0.0.1/[::1] outside
// production). At delivery, in production: every address the host resolves to must be public —
// private, loopback, link-local, unique-local, CGNAT, unspecified, multicast, broadcast and
// documentation ranges are refused (IPv4, IPv6 and IPv4-mapped IPv6) — and the request connects to
// the address that was checked (no second lookup an attacker's DNS could answer differently).
import { isIP } from 'node:net';
import { promises as dns } from 'node:dns';
import { badInput } from '../../errors.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A URL a tenant admin may register (throws BAD_USER_INPUT naming `url`). */
export function validEndpointUrl(raw: string, production: boolean): string {
  const value = raw.trim();
  if (!value || value.length > 2000) throw badInput('url must be 1–2000 characters', 'url');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput('url is not a URL', 'url');
  }
  if (url.username || url.password) throw badInput('url must not carry credentials', 'url');
  if (url.hash) throw badInput('url must not have a #fragment', 'url');
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol === 'http:') {
    if (!local || production) throw badInput('url must use https (http is allowed only for localhost outside production)', 'url');
  } else if (url.protocol !== 'https:') {
    throw badInput('url must use https', 'url');
  }
  if (production) {
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (local || (isIP(literal) && !isPublicAddress(literal))) throw badInput('url must point to a public address', 'url');
  }
  return url.toString();
}

const v4ToInt = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const V4_BLOCKED: [string, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];

function isPublicV4(ip: string): boolean {
  const n = v4ToInt(ip);
  return !V4_BLOCKED.some(([base, bits]) => {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return ((n & mask) >>> 0) === ((v4ToInt(base) & mask) >>> 0);
  });
}

/** The 8 groups of an IPv6 address as numbers (handles `::` and a trailing dotted IPv4). */
function v6Groups(ip: string): number[] | null {
  let text = ip.toLowerCase().split('%')[0];
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const n = v4ToInt(dotted[1]);
    text = text.slice(0, -dotted[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = parse(head);
  const t = tail === undefined ? [] : parse(tail);
  const groups = tail === undefined ? h : [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function isPublicV6(ip: string): boolean {
  const g = v6Groups(ip);
  if (!g) return false;
  const [a, b] = g;
  if (g.every((x) => x === 0)) return false; // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return false; // ::1
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible / NAT64 well-known prefix: judge the IPv4 part.
  const v4 = `${g[6] >> 8}.${g[6] & 0xff}.${g[7] >> 8}.${g[7] & 0xff}`;
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return isPublicV4(v4);
  if (a === 0x64 && b === 0xff9b) return isPublicV4(v4);
  if ((a & 0xfe00) === 0xfc00) return false; // fc00::/7 unique local
  if ((a & 0xffc0) === 0xfe80) return false; // fe80::/10 link-local
  if ((a & 0xffc0) === 0xfec0) return false; // fec0::/10 site-local (deprecated)
  if ((a & 0xff00) === 0xff00) return false; // ff00::/8 multicast
  if (a === 0x2001 && b === 0x0db8) return false; // documentation
  if (a === 0x2002) return isPublicV4(`${b >> 8}.${b & 0xff}.${g[2] >> 8}.${g[2] & 0xff}`); // 6to4
  return true;
}

/** True for an address a webhook may reach in production. */
export function isPublicAddress(ip: string): boolean {
  const kind = isIP(ip);
  if (kind === 4) return isPublicV4(ip);
  if (kind === 6) return isPublicV6(ip);
  return false;
}

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;
export const systemResolver: Resolver = (host) => dns.lookup(host, { all: true, verbatim: true });

export class RefusedAddress extends Error {}

/**
 * The address to connect to for `host`: in production every resolved address must be public
 * (one private answer refuses the delivery — a mixed answer is how rebinding attacks start).
 */
export async function checkedAddress(host: string, production: boolean, resolve: Resolver): Promise<{ address: string; family: number }> {
  const literal = host.replace(/^\[|\]$/g, '');
  if (isIP(literal)) {
    if (production && !isPublicAddress(literal)) throw new RefusedAddress(`address ${literal} is not public`);
    return { address: literal, family: isIP(literal) };
  }
  const answers = await resolve(host);
  if (!answers.length) throw new Error(`${host} did not resolve`);
  if (production) {
    const bad = answers.find((a) => !isPublicAddress(a.address));
    if (bad) throw new RefusedAddress(`${host} resolves to ${bad.address}, which is not public`);
  }
  return answers[0];
}

// Short-lived access tokens (JWT, HS256 only: `alg: none` and other algorithms are refused).
// Staff and widget tokens have different audiences, so one can never pass for the other.
import { SignJWT, jwtVerify } from 'jose';
import type { Role } from '../permissions/roles.js';

export const ISSUER = 'switchboard';
export const STAFF_AUDIENCE = 'switchboard:staff';
export const WIDGET_AUDIENCE = 'switchboard:widget';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const WIDGET_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

export interface AccessClaims {
  userId: string;
  tenantId: string | null;
  role: Role;
  /** users.auth_version when issued; a bump revokes the token. */
  version: number;
}

export interface WidgetClaims {
  contactId: string;
  tenantId: string;
}

/** Claims of a verified token and when it expires (ms since epoch). */
export type Verified<T> = T & { expiresAt: number };

const CACHE_SIZE = 10_000;

/** Verified tokens until they expire: a signature check per request is a tenth of a cheap request's CPU. */
class VerifiedCache<T> {
  private readonly map = new Map<string, { value: T; expiresAt: number }>();
  get(token: string): T | undefined {
    const hit = this.map.get(token);
    if (!hit) return undefined;
    if (hit.expiresAt > Date.now()) return hit.value;
    this.map.delete(token);
    return undefined;
  }
  set(token: string, value: T, expiresAt: number): void {
    if (this.map.size >= CACHE_SIZE) this.map.delete(this.map.keys().next().value!);
    this.map.set(token, { value, expiresAt });
  }
}

export class TokenService {
  private readonly key: Uint8Array;
  private readonly staff = new VerifiedCache<Verified<AccessClaims>>();
  private readonly widgets = new VerifiedCache<Verified<WidgetClaims>>();

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  private async sign(payload: Record<string, unknown>, subject: string, audience: string, ttlSeconds: number) {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const token = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  issueAccess(claims: AccessClaims) {
    return this.sign({ tid: claims.tenantId, role: claims.role, ver: claims.version }, claims.userId, STAFF_AUDIENCE, ACCESS_TOKEN_TTL_SECONDS);
  }

  issueWidget(claims: WidgetClaims) {
    return this.sign({ tid: claims.tenantId }, claims.contactId, WIDGET_AUDIENCE, WIDGET_TOKEN_TTL_SECONDS);
  }

  /** The claims of a valid staff token, or null for anything else (expired, tampered, wrong audience…). */
  async verifyAccess(token: string): Promise<Verified<AccessClaims> | null> {
    const cached = this.staff.get(token);
    if (cached) return cached;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: STAFF_AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.role !== 'string' || typeof payload.ver !== 'number') return null;
      const claims = { userId: payload.sub, tenantId: (payload.tid as string | null) ?? null, role: payload.role as Role, version: payload.ver, expiresAt: payload.exp! * 1000 };
      this.staff.set(token, claims, payload.exp! * 1000);
      return claims;
    } catch {
      return null;
    }
  }

  async verifyWidget(token: string): Promise<Verified<WidgetClaims> | null> {
    const cached = this.widgets.get(token);
    if (cached) return cached;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: WIDGET_AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.tid !== 'string') return null;
      const claims = { contactId: payload.sub, tenantId: payload.tid, expiresAt: payload.exp! * 1000 };
      this.widgets.set(token, claims, payload.exp! * 1000);
      return claims;
    } catch {
      return null;
    }
  }
}

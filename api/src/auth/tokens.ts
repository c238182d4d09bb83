// Short-lived access tokens (JWT, HS256 only: `alg: none` and other algorithms are refused).
import { SignJWT, jwtVerify } from 'jose';
import type { Role } from '../modules/users/user.entity.js';

export const ISSUER = 'switchboard';
export const STAFF_AUDIENCE = 'switchboard:staff';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessClaims {
  userId: string;
  tenantId: string | null;
  role: Role;
}

export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async issueAccess(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
    const token = await new SignJWT({ tid: claims.tenantId, role: claims.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(STAFF_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The claims of a valid token, or null for anything else (expired, tampered, wrong audience…). */
  async verifyAccess(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: STAFF_AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.role !== 'string') return null;
      return { userId: payload.sub, tenantId: (payload.tid as string | null) ?? null, role: payload.role as Role };
    } catch {
      return null;
    }
  }
}

// Staff sign-in. Unknown e-mail and wrong password cost the same time and give the same answer.
import type { Context } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import { verifyAgainstDummy, verifyPassword } from '../../auth/passwords.js';
import { Tenant, TenantStatus } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import type { LoginInput } from './session.types.js';

const INVALID = 'E-mail, password or tenant is wrong';

export async function login(ctx: Context, input: LoginInput) {
  const em = ctx.em;
  const email = input.email.trim().toLowerCase();
  let tenant: Tenant | null = null;
  if (input.tenantSlug) {
    tenant = await em.findOne(Tenant, { slug: input.tenantSlug.trim().toLowerCase() });
    if (!tenant) return verifyAgainstDummy(input.password).then(() => Promise.reject(unauthenticated(INVALID)));
  }
  // Sign-in happens before there is a tenant in the context: name it explicitly in the filter.
  const user = await em.findOne(
    User,
    { email: { $ilike: email.replace(/[\\%_]/g, (c) => '\\' + c) }, tenant: tenant ? tenant.id : null },
    { populate: ['passwordHash'], filters: { tenant: false } },
  );
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !ok || !user.active || tenant?.status === TenantStatus.SUSPENDED) throw unauthenticated(INVALID);

  user.lastLoginAt = new Date();
  await em.flush();
  const { token, expiresAt } = await ctx.services.tokens.issueAccess({ userId: user.id, tenantId: tenant?.id ?? null, role: user.role });
  return { accessToken: token, expiresAt, userId: user.id, tenantId: tenant?.id ?? null };
}

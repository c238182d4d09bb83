// Automation rules: create / update / delete / reorder (each with its audit row in the same flush)
// and validation against the tenant (queue and user ids must be the tenant's; another tenant's id
// reads exactly like an unknown one). Rules are refused whole, with every problem and its path.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, DomainError, ErrorCode, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { once } from '../../idempotency/idempotency.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { AutomationRule } from './automation-rule.entity.js';
import type { AutomationRuleDraftInput, AutomationTriggerInput, CreateAutomationRuleInput, UpdateAutomationRuleInput } from './automation-rule.inputs.js';
import { referencedIds, validateRule, type CleanRule, type RuleDraft, type RuleRefs } from './rule-validation.js';
import type { RuleProblem } from './rule-language.js';
import { rulesChanged } from './rules-cache.js';

/** A tenant's rules are read on every ticket event: keep the list short enough to read. */
export const MAX_RULES_PER_TENANT = 200;

export interface RuleChange {
  ruleId: string;
  tenantId: string;
}

/** The caller's own tenant (automation rules always belong to one). */
function ownTenant(ctx: Context): string {
  const v = ctx.viewer;
  const tenantId = v.kind === 'user' || v.kind === 'apiKey' ? v.tenantId : null;
  if (!tenantId) throw badInput('Automation rules belong to a tenant: sign in as a member of it');
  return tenantId;
}

/** The GraphQL trigger input as the language's JSON (null parts left out). */
export function triggerJson(t: AutomationTriggerInput | null | undefined): unknown {
  if (!t) return undefined;
  const out: Record<string, unknown> = { kind: t.kind };
  if (t.events !== undefined && t.events !== null) out.events = t.events;
  if (t.after !== undefined && t.after !== null) out.after = t.after;
  if (t.minutes !== undefined && t.minutes !== null) out.minutes = t.minutes;
  return out;
}

/** The tenant's queues and users among the ids a draft names (one statement). */
export async function refsFor(em: EntityManager, tenantId: string, draft: RuleDraft): Promise<RuleRefs> {
  const { queueIds, userIds } = referencedIds(draft);
  if (!queueIds.length && !userIds.length) return { queueIds: new Set(), userIds: new Set() };
  const rows = await em.getConnection().execute<{ kind: string; id: string }[]>(
    `select 'queue' as kind, id::text as id from queues where tenant_id = ? and id = any(?::uuid[])
     union all
     select 'user', id::text from users where tenant_id = ? and id = any(?::uuid[])`,
    [tenantId, `{${queueIds.join(',')}}`, tenantId, `{${userIds.join(',')}}`],
    'all',
    em.getTransactionContext(),
  );
  return {
    queueIds: new Set(rows.filter((r) => r.kind === 'queue').map((r) => r.id)),
    userIds: new Set(rows.filter((r) => r.kind === 'user').map((r) => r.id)),
  };
}

/** Every problem of a draft in this tenant (empty: it would be saved). */
export async function problemsOf(em: EntityManager, tenantId: string, draft: RuleDraft): Promise<RuleProblem[]> {
  return validateRule(draft, await refsFor(em, tenantId, draft)).problems;
}

function refuse(problems: RuleProblem[]): never {
  const [first] = problems;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, `${first.path}: ${first.message}`, { field: first.path, problems });
}

async function validated(em: EntityManager, tenantId: string, draft: RuleDraft): Promise<CleanRule> {
  const result = validateRule(draft, await refsFor(em, tenantId, draft));
  if (!result.ok) refuse(result.problems);
  return result.rule;
}

const snapshot = (r: AutomationRule) => ({
  name: r.name,
  description: r.description,
  enabled: r.enabled,
  position: r.position,
  stopProcessing: r.stopProcessing,
  trigger: r.trigger,
  conditions: r.conditions,
  actions: r.actions,
});

/** validateAutomationRule: the problems of a draft, nothing saved. */
export async function validateDraft(ctx: Context, input: AutomationRuleDraftInput): Promise<RuleProblem[]> {
  const tenantId = ownTenant(ctx);
  return problemsOf(ctx.em, tenantId, { ...input, trigger: triggerJson(input.trigger) });
}

export async function createAutomationRule(ctx: Context, input: CreateAutomationRuleInput): Promise<RuleChange> {
  const tenantId = ownTenant(ctx);
  const draft: RuleDraft = { name: input.name, description: input.description, trigger: triggerJson(input.trigger), conditions: input.conditions, actions: input.actions };
  const { result: ruleId } = await ctx.em.transactional((em) =>
    once(ctx, em, 'createAutomationRule', input, async () => {
      const rule = await validated(em, tenantId, draft);
      await lockRules(em, tenantId);
      const [{ n, last }] = await em.getConnection().execute<{ n: number; last: number }[]>(
        `select count(*)::int as n, coalesce(max(position), 0)::int as last from automation_rules where tenant_id = ?`, [tenantId], 'all', em.getTransactionContext());
      if (n >= MAX_RULES_PER_TENANT) throw badInput(`A tenant has at most ${MAX_RULES_PER_TENANT} automation rules`);
      const entity = Object.assign(new AutomationRule(), {
        tenant: em.getReference(Tenant, tenantId),
        ...rule,
        enabled: input.enabled ?? true,
        stopProcessing: input.stopProcessing ?? false,
        position: last + 1,
        createdBy: ctx.viewer.kind === 'user' ? em.getReference(User, ctx.viewer.userId) : null,
      });
      em.persist(entity);
      recordAudit(ctx, em, { action: 'automation_rule.created', resourceType: 'AutomationRule', resourceId: entity.id, tenantId, after: snapshot(entity) });
      await em.flush();
      return entity.id;
    }),
  );
  rulesChanged(ctx.services, tenantId);
  return { ruleId, tenantId };
}

/** Serialise changes to one tenant's rule list (positions). */
async function lockRules(em: EntityManager, tenantId: string) {
  await em.getConnection().execute(`select pg_advisory_xact_lock(hashtext('automation_rules:' || ?))`, [tenantId], 'all', em.getTransactionContext());
}

/** A rule of the caller's tenant; anything else (another tenant's, unknown, malformed) is NOT_FOUND. */
async function loadRule(ctx: Context, em: EntityManager, id: string): Promise<AutomationRule> {
  const tenantId = ownTenant(ctx);
  const rule = isUuid(id) ? await em.findOne(AutomationRule, { id, tenant: tenantId }, { filters: false }) : null;
  if (!rule) throw notFound('Automation rule');
  return rule;
}

export async function updateAutomationRule(ctx: Context, input: UpdateAutomationRuleInput): Promise<RuleChange> {
  const em = ctx.em;
  const rule = await loadRule(ctx, em, input.id);
  const tenantId = rule.tenant.id;
  const before = snapshot(rule);
  const draft: RuleDraft = {
    name: input.name ?? rule.name,
    description: input.description !== undefined && input.description !== null ? input.description : rule.description,
    trigger: input.trigger ? triggerJson(input.trigger) : rule.trigger,
    conditions: input.conditions !== undefined && input.conditions !== null ? input.conditions : rule.conditions,
    actions: input.actions !== undefined && input.actions !== null ? input.actions : rule.actions,
  };
  const clean = await validated(em, tenantId, draft);
  Object.assign(rule, clean);
  if (input.enabled !== undefined && input.enabled !== null) rule.enabled = input.enabled;
  if (input.stopProcessing !== undefined && input.stopProcessing !== null) rule.stopProcessing = input.stopProcessing;
  rule.updatedAt = new Date();
  // Recorded even when nothing changed: the caller did ask.
  recordAudit(ctx, em, { action: 'automation_rule.updated', resourceType: 'AutomationRule', resourceId: rule.id, tenantId, ...diff(before, snapshot(rule)) });
  await em.flush();
  rulesChanged(ctx.services, tenantId);
  return { ruleId: rule.id, tenantId };
}

export async function deleteAutomationRule(ctx: Context, id: string): Promise<RuleChange> {
  const em = ctx.em;
  const rule = await loadRule(ctx, em, id);
  const tenantId = rule.tenant.id;
  recordAudit(ctx, em, { action: 'automation_rule.deleted', resourceType: 'AutomationRule', resourceId: rule.id, tenantId, before: snapshot(rule) });
  em.remove(rule);
  await em.flush();
  rulesChanged(ctx.services, tenantId);
  return { ruleId: rule.id, tenantId };
}

/** New order: `ids` must be every rule of the tenant, each once; positions become 1..n. */
export async function reorderAutomationRules(ctx: Context, ids: readonly string[]): Promise<string[]> {
  const tenantId = ownTenant(ctx);
  if (ids.length > MAX_RULES_PER_TENANT) throw badInput(`A tenant has at most ${MAX_RULES_PER_TENANT} automation rules`, 'ids');
  const wanted = ids.map((id) => id.toLowerCase());
  if (!wanted.every(isUuid)) throw notFound('Automation rule');
  const order = await ctx.em.transactional(async (em) => {
    await lockRules(em, tenantId);
    const rules = await em.find(AutomationRule, { tenant: tenantId }, { filters: false, orderBy: { position: 'asc', id: 'asc' } });
    const byId = new Map(rules.map((r) => [r.id, r]));
    if (wanted.some((id) => !byId.has(id))) throw notFound('Automation rule');
    if (new Set(wanted).size !== wanted.length) throw badInput('A rule is named twice', 'ids');
    if (wanted.length !== rules.length) throw badInput('Name every rule of your tenant, each once', 'ids');
    const before = rules.map((r) => r.id);
    wanted.forEach((id, i) => {
      const r = byId.get(id)!;
      if (r.position !== i + 1) {
        r.position = i + 1;
        r.updatedAt = new Date();
      }
    });
    recordAudit(ctx, em, { action: 'automation_rule.reordered', resourceType: 'AutomationRule', resourceId: null, tenantId, before: { order: before }, after: { order: wanted } });
    await em.flush();
    return wanted;
  });
  rulesChanged(ctx.services, tenantId);
  return order;
}

// The demo seed: runs once per database (recorded in app_meta), inside one transaction.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Contact } from '../../modules/contacts/contact.entity.js';
import { newWidgetKey } from '../../modules/tenants/widget-key.js';
import { IndexingStatus, KnowledgeDocument, KnowledgeKind, KnowledgeStatus } from '../../modules/knowledge/knowledge-document.entity.js';
import { loadBitext } from '../../modules/classifier/model/index.js';
import { Conversation, ConversationStatus, Handler } from '../../modules/conversations/conversation.entity.js';
import { Author, Message } from '../../modules/conversations/message.entity.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/passwords.js';
import { Tenant } from '../../modules/tenants/tenant.entity.js';
import { User } from '../../modules/users/user.entity.js';
import { persistSlaDefaults } from '../../modules/sla/sla.defaults.js';
import { provisionAutomationDefaults } from '../../modules/automation/automation.provisioning.js';
import { DEMO_PASSWORD, DEMO_TENANTS, PLATFORM_ADMIN, type DemoUser } from './demo-tenants.js';
import { seedDemoTickets } from './demo-tickets.js';
import { seedDemoApprovals } from './demo-approvals.js';
import { seedDemoTasks } from './demo-tasks.js';

export interface SeedResult {
  seeded: boolean;
  logins: { tenant: string | null; email: string; role: string }[];
}

interface SeedDocument {
  kind: 'ARTICLE' | 'FAQ';
  title?: string;
  body?: string;
  question?: string;
  answer?: string;
  tags?: string[];
}

/** Demo articles and FAQs written for this project (data/README.md). */
export function demoKnowledge(slug: string): SeedDocument[] {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', `${slug}.knowledge.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as SeedDocument[];
}

/** Bitext Sample Customer Service Training Dataset (CDLA-Sharing-1.0), shipped in data/. */
export function bitextExamples() {
  return loadBitext(path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'bitext-customer-support-8k.csv'));
}

export async function seedDemo(orm: MikroORM, password = DEMO_PASSWORD): Promise<SeedResult> {
  const em = orm.em.fork();
  const logins: SeedResult['logins'] = [];
  const seeded = await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    // Serialise concurrent first starts (two API instances on a fresh database).
    await conn.execute(`select pg_advisory_xact_lock(hashtext('switchboard:seed'))`, [], 'all', tx.getTransactionContext());
    const done = await conn.execute(`select 1 from app_meta where key = 'demo_seeded'`, [], 'all', tx.getTransactionContext());
    if (done.length) return false;

    const passwordHash = await hashPassword(password);
    const tenantIds: string[] = [];
    const addUser = (u: DemoUser, tenant: Tenant | null) => {
      tx.persist(
        Object.assign(new User(), {
          tenant: tenant ? tx.getReference(Tenant, tenant.id) : null,
          email: u.email,
          displayName: u.displayName,
          passwordHash,
          role: u.role,
          team: u.team ?? null,
          ...(u.availability && { availability: u.availability }),
          ...(u.maxConcurrentChats !== undefined && { maxConcurrentChats: u.maxConcurrentChats }),
        }),
      );
      logins.push({ tenant: tenant?.slug ?? null, email: u.email, role: u.role });
    };
    addUser(PLATFORM_ADMIN, null);
    for (const t of DEMO_TENANTS) {
      const tenant = Object.assign(new Tenant(), {
        slug: t.slug,
        name: t.name,
        timezone: t.timezone,
        branding: t.branding,
        assistant: t.assistant,
        businessHours: t.businessHours,
        widgetKey: newWidgetKey(),
      });
      tx.persist(tenant);
      persistSlaDefaults(tx, tenant);
      for (const u of t.users) addUser(u, tenant);
      const tenantRef = () => tx.getReference(Tenant, tenant.id);
      const contactEntities = t.contacts.map((c) => {
        const contact = Object.assign(new Contact(), { tenant: tenantRef(), name: c.name, email: c.email, externalId: c.externalId ?? null, identified: !!c.externalId, vip: !!c.vip, attributes: c.attributes ?? {} });
        tx.persist(contact);
        return contact;
      });
      const staff = [...tx.getUnitOfWork().getPersistStack()].filter((e): e is User => e instanceof User && e.tenant?.id === tenant.id);
      t.conversations.forEach((d, i) => {
        const startedAt = new Date(Date.now() - (t.conversations.length - i) * 3600_000);
        const assignee = d.assignee ? staff.find((u) => u.email === d.assignee) : undefined;
        const conversation = Object.assign(new Conversation(), {
          tenant: tenantRef(),
          contact: tx.getReference(Contact, contactEntities[d.contact].id),
          subject: d.subject,
          status: d.status as ConversationStatus,
          handler: d.status === 'BOT' ? Handler.AI : Handler.HUMAN,
          assignee: assignee ? tx.getReference(User, assignee.id) : null,
          lastSeq: d.messages.length,
          lastMessageAt: new Date(startedAt.getTime() + d.messages.length * 60_000),
          waitingSince: d.status === 'WAITING' ? new Date(startedAt.getTime() + 120_000) : null,
          resolvedAt: d.status === 'RESOLVED' ? new Date(startedAt.getTime() + 600_000) : null,
          createdAt: startedAt,
        });
        tx.persist(conversation);
        d.messages.forEach(([author, body], k) => {
          tx.persist(
            Object.assign(new Message(), {
              tenant: tenantRef(),
              conversation: tx.getReference(Conversation, conversation.id),
              seq: k + 1,
              author: author as Author,
              authorUser: author === 'AGENT' && assignee ? tx.getReference(User, assignee.id) : null,
              authorContact: author === 'CUSTOMER' ? tx.getReference(Contact, contactEntities[d.contact].id) : null,
              body,
              createdAt: new Date(startedAt.getTime() + (k + 1) * 60_000),
            }),
          );
        });
      });
      for (const d of demoKnowledge(t.slug)) {
        tx.persist(
          Object.assign(new KnowledgeDocument(), {
            tenant: tenantRef(),
            kind: d.kind === 'FAQ' ? KnowledgeKind.FAQ : KnowledgeKind.ARTICLE,
            title: (d.kind === 'FAQ' ? d.question : d.title) ?? '',
            body: (d.kind === 'FAQ' ? d.answer : d.body) ?? '',
            tags: d.tags ?? [],
            status: KnowledgeStatus.PUBLISHED,
            publishedAt: new Date(),
            // Indexed in the background after boot (reconcileKnowledge), so the first start stays fast.
            indexingStatus: IndexingStatus.PENDING,
          }),
        );
      }
      tenantIds.push(tenant.id);
    }
    await tx.flush();
    // Every tenant starts with the default automation rules and their queues (new tenants get them when created).
    for (const tenantId of tenantIds) await provisionAutomationDefaults(tx, tenantId);
    for (const [i, tenantId] of tenantIds.entries()) {
      await seedDemoTickets(tx, tenantId, DEMO_TENANTS[i].slug);
      await seedDemoApprovals(tx, tenantId, DEMO_TENANTS[i].slug);
      await seedDemoTasks(tx, tenantId, DEMO_TENANTS[i].slug);
    }
    // The offline classifier's training set: the Bitext customer-support sample (trained after boot).
    const examples = bitextExamples();
    for (const tenantId of tenantIds) {
      await conn.execute(
        `insert into training_examples (id, tenant_id, text, intent, category)
         select gen_random_uuid(), ?::uuid, text, intent, category from jsonb_to_recordset(?::jsonb) as e(text text, intent text, category text)`,
        [tenantId, JSON.stringify(examples.map((e) => ({ text: e.text, intent: e.intent, category: e.category ?? null })))],
        'run',
        tx.getTransactionContext(),
      );
    }
    await conn.execute(`insert into app_meta (key, value) values ('demo_seeded', to_jsonb(now()))`, [], 'all', tx.getTransactionContext());
    return true;
  });
  return { seeded, logins };
}

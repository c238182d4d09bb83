// Migrations are listed explicitly (no file-system discovery): the order is the list order.
import { Migration20261122000100_foundation } from './Migration20261122000100_foundation.js';
import { Migration20261122010000_identity } from './Migration20261122010000_identity.js';
import { Migration20261122020000_knowledge_documents } from './Migration20261122020000_knowledge_documents.js';
import { Migration20261122030000_conversations } from './Migration20261122030000_conversations.js';
import { Migration20261122040000_routing } from './Migration20261122040000_routing.js';
import { Migration20261122050000_presence } from './Migration20261122050000_presence.js';
import { Migration20261122060000_read_receipts } from './Migration20261122060000_read_receipts.js';
import { Migration20261122070000_assistant } from './Migration20261122070000_assistant.js';
import { Migration20261122080000_rate_limits } from './Migration20261122080000_rate_limits.js';
import { Migration20261122090000_assistant_claims } from './Migration20261122090000_assistant_claims.js';
import { Migration20261207030000_idempotency_keys } from './Migration20261207030000_idempotency_keys.js';
import { Migration20261207050000_canned_titles } from './Migration20261207050000_canned_titles.js';
import { Migration20261207100000_tickets } from './Migration20261207100000_tickets.js';
import { Migration20261207110000_sla } from './Migration20261207110000_sla.js';
import { Migration20261207120000_automation_rules } from './Migration20261207120000_automation_rules.js';
import { Migration20261207130000_notifications } from './Migration20261207130000_notifications.js';
import { Migration20261207130100_outbox_messages } from './Migration20261207130100_outbox_messages.js';
import { Migration20261207140000_approvals } from './Migration20261207140000_approvals.js';
import { Migration20261207150000_away_message } from './Migration20261207150000_away_message.js';
import { Migration20261207160000_sla_ticket_clocks } from './Migration20261207160000_sla_ticket_clocks.js';
import { Migration20261207170000_rule_runs_anchor } from './Migration20261207170000_rule_runs_anchor.js';
import { Migration20261207180000_approval_ticket_link } from './Migration20261207180000_approval_ticket_link.js';

export const migrationsList = [
  { name: 'Migration20261122000100_foundation', class: Migration20261122000100_foundation },
  { name: 'Migration20261122010000_identity', class: Migration20261122010000_identity },
  { name: 'Migration20261122020000_knowledge_documents', class: Migration20261122020000_knowledge_documents },
  { name: 'Migration20261122030000_conversations', class: Migration20261122030000_conversations },
  { name: 'Migration20261122040000_routing', class: Migration20261122040000_routing },
  { name: 'Migration20261122050000_presence', class: Migration20261122050000_presence },
  { name: 'Migration20261122060000_read_receipts', class: Migration20261122060000_read_receipts },
  { name: 'Migration20261122070000_assistant', class: Migration20261122070000_assistant },
  { name: 'Migration20261122080000_rate_limits', class: Migration20261122080000_rate_limits },
  { name: 'Migration20261122090000_assistant_claims', class: Migration20261122090000_assistant_claims },
  { name: 'Migration20261207030000_idempotency_keys', class: Migration20261207030000_idempotency_keys },
  { name: 'Migration20261207050000_canned_titles', class: Migration20261207050000_canned_titles },
  { name: 'Migration20261207100000_tickets', class: Migration20261207100000_tickets },
  { name: 'Migration20261207110000_sla', class: Migration20261207110000_sla },
  { name: 'Migration20261207120000_automation_rules', class: Migration20261207120000_automation_rules },
  { name: 'Migration20261207130000_notifications', class: Migration20261207130000_notifications },
  { name: 'Migration20261207130100_outbox_messages', class: Migration20261207130100_outbox_messages },
  { name: 'Migration20261207140000_approvals', class: Migration20261207140000_approvals },
  { name: 'Migration20261207150000_away_message', class: Migration20261207150000_away_message },
  { name: 'Migration20261207160000_sla_ticket_clocks', class: Migration20261207160000_sla_ticket_clocks },
  { name: 'Migration20261207170000_rule_runs_anchor', class: Migration20261207170000_rule_runs_anchor },
  { name: 'Migration20261207180000_approval_ticket_link', class: Migration20261207180000_approval_ticket_link },
];

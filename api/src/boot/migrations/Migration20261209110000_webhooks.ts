import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks (issue 17): a tenant's endpoints (secret AES-GCM sealed; the previous secret too while
 * a rotation overlaps), one delivery per (event, endpoint) with its body as sent (signed bytes),
 * and one row per attempt (the delivery log, kept 30 days).
 */
export class Migration20261209110000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table webhook_endpoints (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        url text not null check (char_length(url) <= 2000),
        description text not null default '' check (char_length(description) <= 500),
        events text[] not null,
        enabled boolean not null default true,
        disabled_reason text,
        secret_sealed text not null,
        previous_secret_sealed text,
        previous_secret_expires_at timestamptz,
        failing_since timestamptz,
        created_by_id uuid references users(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index webhook_endpoints_tenant on webhook_endpoints (tenant_id, created_at desc);

      create table webhook_deliveries (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        endpoint_id uuid not null references webhook_endpoints(id) on delete cascade,
        message_id text not null,
        event_id text not null,
        event_type text not null,
        body text not null,
        status text not null default 'PENDING' check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
        attempts int not null default 0,
        lease_until timestamptz,
        next_attempt_at timestamptz,
        last_attempt_at timestamptz,
        last_response_code int,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz not null default now()
      );
      create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, created_at desc);
      create index webhook_deliveries_tenant on webhook_deliveries (tenant_id, created_at desc);

      create table webhook_delivery_attempts (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        delivery_id uuid not null references webhook_deliveries(id) on delete cascade,
        attempt int not null,
        succeeded boolean not null,
        response_code int,
        latency_ms int not null,
        error text,
        response_body text,
        next_attempt_at timestamptz,
        manual boolean not null default false,
        at timestamptz not null default now()
      );
      create index webhook_delivery_attempts_delivery on webhook_delivery_attempts (delivery_id, attempt);
      create index webhook_delivery_attempts_at on webhook_delivery_attempts (at);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table webhook_delivery_attempts; drop table webhook_deliveries; drop table webhook_endpoints;`);
  }
}

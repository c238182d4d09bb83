import { Migration } from '@mikro-orm/migrations';

/** Tenants and staff users. Enums are text + CHECK so adding a value is a one-line migration. */
export class Migration20261122000100_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table tenants (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name text not null check (length(name) between 1 and 200),
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
        timezone text not null default 'UTC',
        business_hours jsonb not null default '{"days":{}}',
        branding jsonb not null,
        assistant jsonb not null,
        widget_key text not null unique,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create index tenants_created_at_idx on tenants (created_at, id);`);

    this.addSql(`
      create table users (
        id uuid primary key,
        tenant_id uuid references tenants (id) on delete cascade,
        email text not null check (length(email) between 3 and 320),
        display_name text not null check (length(display_name) between 1 and 200),
        password_hash text not null,
        role text not null check (role in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'MANAGER', 'AGENT', 'VIEWER')),
        team text,
        availability text not null default 'OFFLINE' check (availability in ('ONLINE', 'AWAY', 'BUSY', 'OFFLINE')),
        max_concurrent_chats integer not null default 3 check (max_concurrent_chats between 0 and 100),
        active boolean not null default true,
        last_login_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        -- platform admins are the only users without a tenant
        constraint users_tenant_role_check check ((tenant_id is null) = (role = 'PLATFORM_ADMIN'))
      );`);
    // e-mail is unique per tenant (case-insensitive), and among platform admins
    this.addSql(`create unique index users_tenant_email_uq on users (tenant_id, lower(email)) where tenant_id is not null;`);
    this.addSql(`create unique index users_platform_email_uq on users (lower(email)) where tenant_id is null;`);
    // list reads: newest first inside a tenant, keyset on (created_at, id)
    this.addSql(`create index users_tenant_created_idx on users (tenant_id, created_at, id);`);
    this.addSql(`create index users_tenant_name_idx on users (tenant_id, display_name, id);`);
    this.addSql(`create index users_tenant_email_idx on users (tenant_id, email, id);`);

    // one-off facts about this installation, e.g. that the demo seed ran (so it never runs twice)
    this.addSql(`create table app_meta (key text primary key, value jsonb not null, updated_at timestamptz not null default now());`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists app_meta;');
    this.addSql('drop table if exists users;');
    this.addSql('drop table if exists tenants;');
  }
}

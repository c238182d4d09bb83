import { Migration } from '@mikro-orm/migrations';

/**
 * Identity: refresh-token families, one-time tokens (invitations, password resets), login
 * failures (throttling), partner API keys, contacts (widget identities), the audit log, and
 * per-tenant widget identity verification. Secrets are stored hashed (tokens, keys) or
 * encrypted (the tenant's HMAC secret, which we must be able to use).
 */
export class Migration20261122010000_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table users add column auth_version integer not null default 1;`);
    this.addSql(`alter table tenants
      add column identity_secret_encrypted text,
      add column require_identity_verification boolean not null default false;`);

    this.addSql(`
      create table refresh_tokens (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        tenant_id uuid references tenants (id) on delete cascade,
        family_id uuid not null,
        token_hash text not null unique,
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz,
        ip text,
        user_agent text,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index refresh_tokens_family_idx on refresh_tokens (family_id);`);
    this.addSql(`create index refresh_tokens_user_idx on refresh_tokens (user_id) where revoked_at is null;`);

    this.addSql(`
      create table one_time_tokens (
        id uuid primary key,
        tenant_id uuid references tenants (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        purpose text not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
        token_hash text not null unique,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_by_id uuid references users (id) on delete set null,
        created_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table login_failures (
        id bigserial primary key,
        account_key text not null,
        ip text not null,
        at timestamptz not null default now()
      );`);
    this.addSql(`create index login_failures_account_idx on login_failures (account_key, at);`);
    this.addSql(`create index login_failures_ip_idx on login_failures (ip, at);`);

    this.addSql(`
      create table api_keys (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        name text not null check (length(name) between 1 and 100),
        prefix text not null unique,
        secret_hash text not null,
        scopes text[] not null,
        created_by_id uuid references users (id) on delete set null,
        last_used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index api_keys_tenant_idx on api_keys (tenant_id, created_at, id);`);

    this.addSql(`
      create table contacts (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        name text,
        email text,
        external_id text,
        identified boolean not null default false,
        vip boolean not null default false,
        attributes jsonb not null default '{}',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index contacts_tenant_external_uq on contacts (tenant_id, external_id) where external_id is not null;`);
    this.addSql(`create index contacts_tenant_created_idx on contacts (tenant_id, created_at, id);`);

    this.addSql(`
      create table audit_logs (
        id uuid primary key,
        tenant_id uuid references tenants (id) on delete cascade,
        actor_kind text not null check (actor_kind in ('USER', 'API_KEY', 'CONTACT', 'SYSTEM', 'ANONYMOUS')),
        actor_id uuid,
        action text not null,
        resource_type text not null,
        resource_id text,
        before jsonb,
        after jsonb,
        ip text,
        user_agent text,
        request_id text,
        at timestamptz not null default now()
      );`);
    this.addSql(`create index audit_logs_tenant_at_idx on audit_logs (tenant_id, at desc, id desc);`);
    this.addSql(`create index audit_logs_tenant_action_idx on audit_logs (tenant_id, action, at desc);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists audit_logs, contacts, api_keys, login_failures, one_time_tokens, refresh_tokens;');
    this.addSql('alter table tenants drop column if exists identity_secret_encrypted, drop column if exists require_identity_verification;');
    this.addSql('alter table users drop column if exists auth_version;');
  }
}

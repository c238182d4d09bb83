import { Migration } from '@mikro-orm/migrations';

/**
 * Business calendars (one default per tenant, optionally one per queue), SLA policies, and the
 * `timers` table behind exact timers (the version last scheduled per tenant/kind/key). Existing
 * tenants get a default calendar from their timezone and business hours, and the default policies.
 */
export class Migration20261207110000_sla extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table business_calendars (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        queue_id uuid null references queues (id) on delete cascade,
        name text not null check (length(name) between 1 and 100),
        timezone text not null,
        weekly_hours jsonb not null check (jsonb_typeof(weekly_hours) = 'array' and jsonb_array_length(weekly_hours) = 7),
        holidays jsonb not null default '[]' check (jsonb_typeof(holidays) = 'array'),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index business_calendars_default_uq on business_calendars (tenant_id) where queue_id is null;`);
    this.addSql(`create unique index business_calendars_queue_uq on business_calendars (tenant_id, queue_id) where queue_id is not null;`);
    this.addSql(`
      create table sla_policies (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        name text not null check (length(name) between 1 and 100),
        position int not null,
        enabled boolean not null default true,
        conditions jsonb not null default '{}' check (jsonb_typeof(conditions) = 'object'),
        first_response_minutes int null check (first_response_minutes > 0),
        next_response_minutes int null check (next_response_minutes > 0),
        resolution_minutes int null check (resolution_minutes > 0),
        business_hours boolean not null default true,
        calendar_id uuid null references business_calendars (id) on delete set null,
        at_risk_share real not null default 0.8 check (at_risk_share > 0 and at_risk_share < 1),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create index sla_policies_tenant_position_idx on sla_policies (tenant_id, position);`);
    this.addSql(`
      create table timers (
        tenant_id uuid not null references tenants (id) on delete cascade,
        kind text not null,
        key text not null,
        version text not null,
        due_at timestamptz not null,
        job_id uuid not null,
        primary key (tenant_id, kind, key)
      );`);
    // Defaults for the tenants that exist (new ones get them in tenant creation and the seed).
    this.addSql(`
      insert into business_calendars (id, tenant_id, name, timezone, weekly_hours)
      select gen_random_uuid(), t.id, 'Business hours', t.timezone,
             (select jsonb_agg(case when jsonb_typeof(t.business_hours -> 'days' -> (d::text)) = 'array'
                                    then jsonb_build_array(jsonb_build_object('start', t.business_hours -> 'days' -> (d::text) ->> 0,
                                                                              'end', t.business_hours -> 'days' -> (d::text) ->> 1))
                                    else '[]'::jsonb end order by d)
                from generate_series(1, 7) d)
        from tenants t;`);
    this.addSql(`
      insert into sla_policies (id, tenant_id, name, position, conditions, first_response_minutes, next_response_minutes, resolution_minutes, business_hours)
      select gen_random_uuid(), t.id, p.name, p.position, p.conditions::jsonb, p.fr, p.nr, p.res, p.bh
        from tenants t
       cross join (values ('Urgent', 0, '{"priorities":["URGENT"]}', 30, 120, 480, false),
                          ('High', 1, '{"priorities":["HIGH"]}', 60, 240, 1440, true),
                          ('Standard', 2, '{}', 240, 480, 1440, true)) as p(name, position, conditions, fr, nr, res, bh);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists timers;');
    this.addSql('drop table if exists sla_policies;');
    this.addSql('drop table if exists business_calendars;');
  }
}

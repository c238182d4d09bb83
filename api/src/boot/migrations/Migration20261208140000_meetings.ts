import { Migration } from '@mikro-orm/migrations';

/**
 * Meetings (issue 15): one row per meeting (a recurring series is one row with its RRULE, its
 * exception dates and `series_ends_at`, the end of its last occurrence or null when endless),
 * attendees (a user or a contact, with a response), and per-user calendar feed tokens (hash only).
 * Range reads per attendee: `meeting_attendees (tenant_id, user_id)` then meetings by id, bounded by
 * `starts_at < to and coalesce(series_ends_at, ends_at) > from`.
 */
export class Migration20261208140000_meetings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table meetings (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        organizer_id uuid not null references users (id) on delete cascade,
        title text not null check (length(title) between 1 and 200),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        timezone text not null,
        location text,
        meeting_url text,
        type text not null check (type in ('CALLBACK', 'DEMO', 'REVIEW', 'PLANNING', 'STANDUP', 'OTHER')),
        conversation_id uuid references conversations (id) on delete set null,
        ticket_id uuid references tickets (id) on delete set null,
        notes text not null default '',
        summary text,
        status text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
        reminder_minutes int not null default 15 check (reminder_minutes between 0 and 10080),
        recurrence text,
        exception_dates timestamptz[] not null default '{}',
        series_ends_at timestamptz,
        customer_timezone text,
        -- Occurrences starting at or before this instant were reminded (never twice).
        reminded_through timestamptz,
        uid text not null,
        sequence int not null default 0,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (ends_at > starts_at)
      );`);
    this.addSql(`create unique index meetings_uid_idx on meetings (tenant_id, uid);`);
    this.addSql(`create index meetings_range_idx on meetings (tenant_id, starts_at);`);
    this.addSql(`create index meetings_conversation_idx on meetings (conversation_id) where conversation_id is not null;`);
    this.addSql(`create index meetings_ticket_idx on meetings (ticket_id) where ticket_id is not null;`);
    this.addSql(`
      create table meeting_attendees (
        id uuid primary key,
        tenant_id uuid not null references tenants (id) on delete cascade,
        meeting_id uuid not null references meetings (id) on delete cascade,
        user_id uuid references users (id) on delete cascade,
        contact_id uuid references contacts (id) on delete cascade,
        response text not null default 'NEEDS_ACTION' check (response in ('NEEDS_ACTION', 'ACCEPTED', 'DECLINED', 'TENTATIVE')),
        -- Copied from the meeting so that an attendee's range read needs no join to filter.
        starts_at timestamptz not null,
        until_at timestamptz,
        check ((user_id is null) <> (contact_id is null))
      );`);
    // The attendees of a list of meetings (the aggregate in every meeting read).
    this.addSql(`create index meeting_attendees_meeting_idx on meeting_attendees (meeting_id);`);
    this.addSql(`create unique index meeting_attendees_user_idx on meeting_attendees (meeting_id, user_id) where user_id is not null;`);
    this.addSql(`create unique index meeting_attendees_contact_idx on meeting_attendees (meeting_id, contact_id) where contact_id is not null;`);
    this.addSql(`create index meeting_attendees_user_range_idx on meeting_attendees (tenant_id, user_id, starts_at) include (meeting_id, until_at) where user_id is not null;`);
    this.addSql(`create index meeting_attendees_contact_range_idx on meeting_attendees (tenant_id, contact_id, starts_at) where contact_id is not null;`);
    this.addSql(`
      create table calendar_feeds (
        user_id uuid primary key references users (id) on delete cascade,
        tenant_id uuid not null references tenants (id) on delete cascade,
        token_hash text not null unique,
        -- The token is HMAC(ENCRYPTION_KEY, user id + nonce): the URL can be shown again, the
        -- database alone cannot produce it, and a lookup compares hashes.
        nonce text not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`alter table notifications drop constraint if exists notifications_subject_kind_check;`);
    this.addSql(`alter table notifications add constraint notifications_subject_kind_check check (subject_kind in ('TICKET', 'CONVERSATION', 'APPROVAL', 'MEETING'));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists calendar_feeds;');
    this.addSql('drop table if exists meeting_attendees;');
    this.addSql('drop table if exists meetings;');
  }
}

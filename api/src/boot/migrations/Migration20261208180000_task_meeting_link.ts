import { Migration } from '@mikro-orm/migrations';

/** Tasks were built before meetings: their `meeting_id` becomes a real link (a meeting is never deleted but with its tenant). */
export class Migration20261208180000_task_meeting_link extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update tasks t set meeting_id = null where meeting_id is not null and not exists (select 1 from meetings m where m.id = t.meeting_id);`);
    this.addSql(`alter table tasks add constraint tasks_meeting_fk foreign key (meeting_id) references meetings (id) on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table tasks drop constraint if exists tasks_meeting_fk;');
  }
}

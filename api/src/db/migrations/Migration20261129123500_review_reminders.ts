import { Migration } from '@mikro-orm/migrations';

/** Notifications of a second kind, reminders to experts of reviews due (notifications/). */
export class Migration20261129123500_review_reminders extends Migration {
  override name = 'Migration20261129123500_review_reminders';

  override up(): void | Promise<void> {
    this.addSql(`create type "notification_kind" as enum ('STATUS_CHANGED', 'REVIEW_REMINDER');`);
    this.addSql(
      `alter table "notification" add "kind" "notification_kind" not null default 'STATUS_CHANGED', alter column "to_status" drop not null;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_status_check" check (kind <> 'STATUS_CHANGED' or to_status is not null);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_status_check";`);
    this.addSql(`alter table "notification" drop column "kind", alter column "to_status" set not null;`);
    this.addSql(`drop type "notification_kind";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Submissions frozen as they were sent (nominations/nomination-submission.entity.ts), the reasons of a
 * formal review's return per section, and in-app notifications. Hand-trimmed from the generated diff,
 * which also proposed dropping the hand-written triggers of the integrity migration.
 */
export class Migration20261129114232_submissions_notifications extends Migration {
  override name = 'Migration20261129114232_submissions_notifications';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "nomination_submission" ("id" uuid not null, "nomination_id" uuid not null, "number" smallint not null, "nomination_version" int not null, "content" jsonb not null, "content_sha256" char(64) not null, "submitted_at" timestamptz not null default now(), "submitted_by_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "nomination_submission_nomination_id_index" on "nomination_submission" ("nomination_id");`,
    );
    this.addSql(
      `alter table "nomination_submission" add constraint "nomination_submission_nomination_id_number_unique" unique ("nomination_id", "number");`,
    );
    this.addSql(
      `alter table "nomination_submission" add constraint "nomination_submission_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id");`,
    );
    this.addSql(
      `alter table "nomination_submission" add constraint "nomination_submission_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "nomination_submission" add constraint "nomination_submission_sha256_check" check (content_sha256 ~ '^[0-9a-f]{64}$');`,
    );
    // What was submitted stays as it was submitted, whatever writes to the database.
    this.addSql(`
      create function nomination_submission_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'nomination_submission is frozen once written' using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`
      create trigger nomination_submission_frozen before update or delete on nomination_submission
      for each row execute function nomination_submission_refuse_change();`);

    this.addSql(`alter table "nomination_transition" add "section_reasons" jsonb not null default '[]';`);

    this.addSql(
      `create table "notification" ("id" uuid not null, "recipient_id" uuid not null, "nomination_id" uuid not null, "to_status" "nomination_status" not null, "reason" text not null default '', "created_at" timestamptz not null default now(), "read_at" timestamptz null, "emailed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "notification_nomination_id_index" on "notification" ("nomination_id");`);
    this.addSql(
      `create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`alter table "nomination_transition" drop column "section_reasons";`);
    this.addSql(`drop table if exists "nomination_submission" cascade;`);
    this.addSql(`drop function nomination_submission_refuse_change();`);
  }
}

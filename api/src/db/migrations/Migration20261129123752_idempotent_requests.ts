import { Migration } from '@mikro-orm/migrations';

/** Mutations sent with an Idempotency-Key and their answers (idempotency/). Hand-trimmed. */
export class Migration20261129123752_idempotent_requests extends Migration {
  override name = 'Migration20261129123752_idempotent_requests';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "idempotent_request" ("id" uuid not null, "user_id" uuid not null, "key" varchar(100) not null, "request_sha256" char(64) not null, "response" jsonb null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "idempotent_request_created_at_index" on "idempotent_request" ("created_at");`);
    this.addSql(
      `alter table "idempotent_request" add constraint "idempotent_request_user_id_key_unique" unique ("user_id", "key");`,
    );
    this.addSql(
      `alter table "idempotent_request" add constraint "idempotent_request_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "idempotent_request" cascade;`);
  }
}

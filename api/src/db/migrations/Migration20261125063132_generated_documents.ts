import { Migration } from '@mikro-orm/migrations';

/** Every PDF handed out for a nomination (documents/generated-document.entity.ts) and its numbers. */
export class Migration20261125063132_generated_documents extends Migration {
  override name = 'Migration20261125063132_generated_documents';

  override up(): void | Promise<void> {
    this.addSql(`create type "document_kind" as enum ('FORM', 'PLEDGE');`);
    this.addSql(
      `create table "generated_document" ("id" uuid not null, "number" varchar(40) not null, "kind" "document_kind" not null, "nomination_id" uuid not null, "nomination_version" int not null, "content_sha256" char(64) not null, "generated_at" timestamptz not null default now(), "generated_by_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "generated_document" add constraint "generated_document_number_unique" unique ("number");`,
    );
    this.addSql(
      `create index "generated_document_nomination_id_index" on "generated_document" ("nomination_id");`,
    );
    this.addSql(
      `alter table "generated_document" add constraint "generated_document_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id");`,
    );
    this.addSql(
      `alter table "generated_document" add constraint "generated_document_generated_by_id_foreign" foreign key ("generated_by_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "generated_document" add constraint "generated_document_sha256_check" check (content_sha256 ~ '^[0-9a-f]{64}$');`,
    );
    // The running part of document numbers (QTA-2024-FORM-000123): never reused, even when a
    // generation fails after taking one.
    this.addSql(`create sequence "generated_document_number_seq";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop sequence if exists "generated_document_number_seq";`);
    this.addSql(`drop table if exists "generated_document" cascade;`);
    this.addSql(`drop type "document_kind";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * When the nominator last changed each section of a nomination (section-change.entity.ts): a returned
 * section is marked corrected once it changed after the return.
 */
export class Migration20261208025515_returned_section_changes extends Migration {
  override name = 'Migration20261208025515_returned_section_changes';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "section_change" ("id" uuid not null, "nomination_id" uuid not null, "section" text not null, "changed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "section_change" add constraint "section_change_nomination_id_section_unique" unique ("nomination_id", "section");`,
    );
    this.addSql(
      `alter table "section_change" add constraint "section_change_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "section_change" add constraint "section_change_section_check" check ("section" in ('BASICS', 'COMPLETERS', 'ORGANIZATIONS', 'INNOVATION', 'APPLICATION', 'BENEFITS', 'IP', 'OPINION', 'FILES'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql('drop table if exists "section_change" cascade;');
  }
}

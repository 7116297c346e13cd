import { Migration } from '@mikro-orm/migrations';

/**
 * Closing the cycle (closing/): the publicity list and the final list of each category, read-only once
 * published (only a revocation may be marked on a final entry), and what an objection records beyond
 * the first version (evidence, subjects, who recorded it, when classified and resolved). Hand-trimmed
 * from the generated diff.
 */
export class Migration20261129124500_closing_lists extends Migration {
  override name = 'Migration20261129124500_closing_lists';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "publicity_list" ("id" uuid not null, "cycle_id" uuid not null, "category" "award_category" not null, "published_at" timestamptz not null default now(), "published_by_id" uuid not null, "publicity_opens_at" timestamptz not null, "publicity_closes_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "publicity_list" add constraint "publicity_list_cycle_id_category_unique" unique ("cycle_id", "category");`,
    );
    this.addSql(
      `create table "publicity_entry" ("id" uuid not null, "list_id" uuid not null, "nomination_id" uuid not null, "position" smallint not null, "code" varchar(30) not null, "project_name" varchar(60) not null, "nominator_name" varchar(200) not null, "completers" text[] not null, "grade" "grade" not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "publicity_entry" add constraint "publicity_entry_list_id_position_unique" unique ("list_id", "position");`,
    );
    this.addSql(
      `alter table "publicity_entry" add constraint "publicity_entry_list_id_nomination_id_unique" unique ("list_id", "nomination_id");`,
    );
    this.addSql(
      `create table "final_list" ("id" uuid not null, "cycle_id" uuid not null, "category" "award_category" not null, "approved_at" timestamptz not null default now(), "approved_by_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "final_list" add constraint "final_list_cycle_id_category_unique" unique ("cycle_id", "category");`,
    );
    this.addSql(
      `create table "final_entry" ("id" uuid not null, "list_id" uuid not null, "nomination_id" uuid not null, "position" smallint not null, "code" varchar(30) not null, "project_name" varchar(60) not null, "nominator_name" varchar(200) not null, "grade" "grade" not null, "revoked_at" timestamptz null, "revocation_reason" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "final_entry" add constraint "final_entry_list_id_position_unique" unique ("list_id", "position");`,
    );
    this.addSql(
      `alter table "final_entry" add constraint "final_entry_list_id_nomination_id_unique" unique ("list_id", "nomination_id");`,
    );

    this.addSql(
      `alter table "objection" add "evidence" text not null, add "subjects" text[] not null, add "recorded_by_id" uuid null, add "classified_at" timestamptz null, add "resolved_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "objection" add constraint "objection_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "objection" add constraint "objection_evidence_check" check (char_length(trim(evidence)) > 0);`,
    );
    this.addSql(
      `alter table "objection" add constraint "objection_subjects_check" check ("subjects" <@ array['TRUTH'::text, 'OWNERSHIP'::text, 'RANKING'::text, 'GRADE'::text, 'OTHER'::text]);`,
    );

    this.addSql(
      `alter table "publicity_list" add constraint "publicity_list_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id");`,
    );
    this.addSql(
      `alter table "publicity_list" add constraint "publicity_list_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "publicity_list" add constraint "publicity_list_window_check" check (publicity_closes_at > publicity_opens_at);`,
    );
    this.addSql(
      `alter table "publicity_entry" add constraint "publicity_entry_list_id_foreign" foreign key ("list_id") references "publicity_list" ("id");`,
    );
    this.addSql(
      `alter table "publicity_entry" add constraint "publicity_entry_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id");`,
    );
    this.addSql(
      `alter table "publicity_entry" add constraint "publicity_entry_grade_check" check (grade <> 'NONE');`,
    );
    this.addSql(
      `alter table "final_list" add constraint "final_list_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id");`,
    );
    this.addSql(
      `alter table "final_list" add constraint "final_list_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "final_entry" add constraint "final_entry_list_id_foreign" foreign key ("list_id") references "final_list" ("id");`,
    );
    this.addSql(
      `alter table "final_entry" add constraint "final_entry_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id");`,
    );
    this.addSql(
      `alter table "final_entry" add constraint "final_entry_revocation_check" check ((revoked_at is null) = (revocation_reason is null));`,
    );
    this.addSql(
      `alter table "final_entry" add constraint "final_entry_grade_check" check (grade <> 'NONE');`,
    );

    // Published lists are a record: nothing changes them, whatever writes the row.
    this.addSql(`
      create function closing_list_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception '% is read-only once published', tg_table_name using errcode = 'insufficient_privilege';
      end $$;`);
    for (const table of ['publicity_list', 'publicity_entry', 'final_list']) {
      this.addSql(`
        create trigger ${table}_read_only before update or delete on ${table}
        for each row execute function closing_list_refuse_change();`);
    }
    // A final entry may only be marked revoked, once; its published text never changes.
    this.addSql(`
      create function final_entry_only_revocation() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and old.revoked_at is null and new.revoked_at is not null
          and (new.id, new.list_id, new.nomination_id, new.position, new.code, new.project_name, new.nominator_name, new.grade)
            is not distinct from
            (old.id, old.list_id, old.nomination_id, old.position, old.code, old.project_name, old.nominator_name, old.grade)
        then
          return new;
        end if;
        raise exception 'final_entry is read-only once published, but for marking a revocation'
          using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`
      create trigger final_entry_read_only before update or delete on final_entry
      for each row execute function final_entry_only_revocation();`);
  }

  override down(): void | Promise<void> {
    this.addSql('drop table if exists "final_entry" cascade;');
    this.addSql('drop table if exists "final_list" cascade;');
    this.addSql('drop table if exists "publicity_entry" cascade;');
    this.addSql('drop table if exists "publicity_list" cascade;');
    this.addSql('drop function final_entry_only_revocation();');
    this.addSql('drop function closing_list_refuse_change();');
    this.addSql('alter table "objection" drop constraint "objection_recorded_by_id_foreign";');
    this.addSql('alter table "objection" drop constraint "objection_evidence_check";');
    this.addSql('alter table "objection" drop constraint "objection_subjects_check";');
    this.addSql(
      'alter table "objection" drop column "evidence", drop column "subjects", drop column "recorded_by_id", drop column "classified_at", drop column "resolved_at";',
    );
  }
}

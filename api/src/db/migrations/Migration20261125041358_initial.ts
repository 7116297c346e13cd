import { Migration } from '@mikro-orm/migrations';

export class Migration20261125041358_initial extends Migration {
  override name = 'Migration20261125041358_initial';

  override up(): void | Promise<void> {
    this.addSql(`create type "award_category" as enum ('INVENTION', 'PROGRESS');`);
    this.addSql(`create type "grade" as enum ('FIRST', 'SECOND', 'THIRD', 'NONE');`);
    this.addSql(
      `create type "window_kind" as enum ('REGISTRATION', 'NOMINATION', 'FORMAL_REVIEW', 'PRELIMINARY_REVIEW', 'RE_REVIEW', 'PUBLICITY', 'APPROVAL');`,
    );
    this.addSql(
      `create type "organization_type" as enum ('GOVERNMENT_DEPARTMENT', 'INDUSTRY_ASSOCIATION', 'PUBLIC_INSTITUTION', 'QUALITY_INFRASTRUCTURE', 'STATE_OWNED_GROUP', 'PROMOTION_DEPARTMENT', 'FOREIGN_INVESTED', 'SPECIALIZED_SME', 'HIGH_TECH_PRIVATE', 'OTHER_ENTERPRISE');`,
    );
    this.addSql(`create type "score_level" as enum ('A', 'B', 'C', 'D');`);
    this.addSql(
      `create type "nomination_status" as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'PRELIMINARY_REVIEW', 'RE_REVIEW', 'PUBLICITY', 'APPROVED', 'NOT_AWARDED', 'WITHDRAWN', 'REVOKED');`,
    );
    this.addSql(`create type "ballot_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "vote_choice" as enum ('FOR', 'AGAINST', 'ABSTAIN');`);
    this.addSql(
      `create type "objection_status" as enum ('RECEIVED', 'REFUSED', 'INVESTIGATING', 'UPHELD', 'DISMISSED');`,
    );
    this.addSql(`create type "review_stage" as enum ('PRELIMINARY');`);
    this.addSql(`create type "file_purpose" as enum ('STAMPED_FORM', 'SIGNED_PLEDGE', 'EVIDENCE');`);
    this.addSql(
      `create type "evidence_kind" as enum ('NOVELTY_SEARCH', 'PATENT_CERTIFICATE', 'SOFTWARE_COPYRIGHT', 'PAPER', 'APPRAISAL', 'ACCEPTANCE_OPINION', 'TEST_REPORT', 'TECHNOLOGY_CONTRACT', 'ACCEPTANCE_REPORT', 'USER_REPORT', 'OTHER');`,
    );
    this.addSql(
      `create type "intellectual_property_kind" as enum ('INVENTION_PATENT', 'UTILITY_PATENT', 'SOFTWARE_COPYRIGHT', 'STANDARD', 'PAPER', 'OTHER');`,
    );
    this.addSql(`create type "id_document_type" as enum ('RESIDENT_ID', 'PASSPORT', 'OTHER');`);
    this.addSql(`create type "conflict_source" as enum ('DECLARED', 'SIGNED_APPRAISAL_OR_ACCEPTANCE');`);
    this.addSql(`create type "assignment_status" as enum ('PENDING', 'ACCEPTED', 'DECLINED', 'RECUSED');`);
    this.addSql(`create type "score_sheet_status" as enum ('DRAFT', 'SUBMITTED');`);
    this.addSql(
      `create table "award_cycle" ("id" uuid not null, "year" int not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "notice_number" varchar(100) not null, "time_zone" varchar(64) not null default 'Asia/Shanghai', "publicity_days" smallint not null default 15, "trim_from_sheet_count" smallint not null default 5, "disagreement_spread" smallint not null default 25, "first_grade_min_score" smallint not null default 85, "second_grade_min_score" smallint not null default 75, "third_grade_min_score" smallint not null default 65, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`alter table "award_cycle" add constraint "award_cycle_year_unique" unique ("year");`);

    this.addSql(
      `create table "category_config" ("id" uuid not null, "cycle_id" uuid not null, "category" "award_category" not null, "name_zh" varchar(100) not null, "name_en" varchar(100) not null, "experts_per_nomination" smallint not null, "quota_first" smallint not null, "quota_second" smallint not null, "quota_third" smallint not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "category_config" add constraint "category_config_cycle_id_category_unique" unique ("cycle_id", "category");`,
    );

    this.addSql(
      `create table "credit_limit" ("id" uuid not null, "category_config_id" uuid not null, "grade" "grade" not null, "max_completers" smallint not null, "max_organizations" smallint not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "credit_limit" add constraint "credit_limit_category_config_id_grade_unique" unique ("category_config_id", "grade");`,
    );

    this.addSql(
      `create table "cycle_window" ("id" uuid not null, "cycle_id" uuid not null, "kind" "window_kind" not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "cycle_window" add constraint "cycle_window_cycle_id_kind_unique" unique ("cycle_id", "kind");`,
    );

    this.addSql(
      `create table "expertise_field" ("id" uuid not null, "cycle_id" uuid not null, "code" varchar(40) not null, "name_zh" varchar(100) not null, "name_en" varchar(100) not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "expertise_field" add constraint "expertise_field_cycle_id_code_unique" unique ("cycle_id", "code");`,
    );

    this.addSql(
      `create table "organization" ("id" uuid not null, "name" varchar(200) not null, "credit_code" char(18) not null, "type" "organization_type" not null, "rating" varchar(10) null, "address" varchar(300) null, "contact_name" varchar(50) null, "contact_phone" varchar(30) null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_credit_code_unique" unique ("credit_code");`,
    );

    this.addSql(
      `create table "rubric" ("id" uuid not null, "cycle_id" uuid not null, "category" "award_category" not null, "version" smallint not null default 1, "locked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "rubric" add constraint "rubric_cycle_id_category_version_unique" unique ("cycle_id", "category", "version");`,
    );

    this.addSql(
      `create table "criterion" ("id" uuid not null, "rubric_id" uuid not null, "code" varchar(40) not null, "position" smallint not null, "name_zh" varchar(100) not null, "name_en" varchar(200) not null, "description_zh" text not null, "description_en" text not null, "max_points" smallint not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "criterion" add constraint "criterion_rubric_id_position_unique" unique ("rubric_id", "position");`,
    );
    this.addSql(
      `alter table "criterion" add constraint "criterion_rubric_id_code_unique" unique ("rubric_id", "code");`,
    );

    this.addSql(
      `create table "level_descriptor" ("id" uuid not null, "criterion_id" uuid not null, "level" "score_level" not null, "min_percent" smallint not null, "max_percent" smallint not null, "descriptor_zh" text not null, "descriptor_en" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "level_descriptor" add constraint "level_descriptor_criterion_id_level_unique" unique ("criterion_id", "level");`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(100) not null, "password_hash" text not null, "roles" text[] not null, "organization_id" uuid null, "is_disabled" boolean not null default false, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "session" ("id" uuid not null, "user_id" uuid not null, "token_hash" char(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "registration" ("id" uuid not null, "cycle_id" uuid not null, "organization_id" uuid not null, "registered_by_id" uuid null, "registered_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "registration" add constraint "registration_cycle_id_organization_id_unique" unique ("cycle_id", "organization_id");`,
    );

    this.addSql(
      `create table "nomination" ("id" uuid not null, "cycle_id" uuid not null, "code" varchar(30) not null, "category" "award_category" not null, "status" "nomination_status" not null default 'DRAFT', "version" int not null default 1, "nominator_id" uuid not null, "created_by_id" uuid null, "project_name" varchar(60) not null, "field_id" uuid not null, "industry" varchar(100) null, "task_source" varchar(200) null, "start_date" date null, "end_date" date null, "invention_patent_count" int not null default 0, "other_ip_count" int not null default 0, "proposed_grade" "grade" null, "summary" text not null default '', "objective_evaluation" text not null default '', "economic_basis" text not null default '', "social_benefit" text not null default '', "nominator_opinion" text not null default '', "declares_truthfulness" boolean not null default false, "declares_no_fee" boolean not null default false, "submitted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "nomination_nominator_id_index" on "nomination" ("nominator_id");`);
    this.addSql(
      `create index "nomination_cycle_id_category_status_index" on "nomination" ("cycle_id", "category", "status");`,
    );
    this.addSql(
      `alter table "nomination" add constraint "nomination_cycle_id_code_unique" unique ("cycle_id", "code");`,
    );

    this.addSql(
      `create table "re_review_ballot" ("id" uuid not null, "nomination_id" uuid not null, "grade" "grade" not null, "status" "ballot_status" not null default 'OPEN', "members_total" smallint not null, "members_present" smallint not null, "is_passed" boolean null, "opened_by_id" uuid not null, "opened_at" timestamptz not null default now(), "closed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "re_review_ballot" add constraint "re_review_ballot_nomination_id_grade_unique" unique ("nomination_id", "grade");`,
    );

    this.addSql(
      `create table "re_review_vote" ("id" uuid not null, "ballot_id" uuid not null, "choice" "vote_choice" not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "objection" ("id" uuid not null, "nomination_id" uuid not null, "objector_name" varchar(50) not null, "objector_organization" varchar(200) null, "objector_contact" varchar(100) not null, "content" text not null, "is_substantive" boolean not null default false, "status" "objection_status" not null default 'RECEIVED', "resolution" text null, "received_at" timestamptz not null default now(), primary key ("id"));`,
    );

    this.addSql(
      `create table "nomination_transition" ("id" uuid not null, "nomination_id" uuid not null, "from_status" "nomination_status" null, "to_status" "nomination_status" not null, "actor_id" uuid null, "reason" text not null default '', "at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create index "nomination_transition_nomination_id_at_index" on "nomination_transition" ("nomination_id", "at");`,
    );

    this.addSql(
      `create table "nomination_result" ("id" uuid not null, "nomination_id" uuid not null, "stage" "review_stage" not null default 'PRELIMINARY', "sheet_count" smallint not null default 0, "official_score" numeric(5,2) null, "plain_mean" numeric(5,2) null, "median" numeric(5,2) null, "severity_adjusted" numeric(5,2) null, "has_disagreement" boolean not null default false, "rank" int null, "is_tied" boolean not null default false, "recommended_grade" "grade" null, "final_grade" "grade" null, "computed_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "nomination_result" add constraint "nomination_result_nomination_id_stage_unique" unique ("nomination_id", "stage");`,
    );

    this.addSql(
      `create table "nomination_file" ("id" uuid not null, "nomination_id" uuid not null, "purpose" "file_purpose" not null, "evidence_kind" "evidence_kind" null, "file_name" varchar(255) not null, "media_type" varchar(100) not null, "size_bytes" int not null, "sha256" char(64) not null, "storage_key" varchar(200) not null, "uploaded_by_id" uuid null, "uploaded_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "nomination_file" add constraint "nomination_file_storage_key_unique" unique ("storage_key");`,
    );
    this.addSql(
      `alter table "nomination_file" add constraint "nomination_file_nomination_id_sha256_unique" unique ("nomination_id", "sha256");`,
    );

    this.addSql(
      `create table "intellectual_property" ("id" uuid not null, "nomination_id" uuid not null, "position" smallint not null, "kind" "intellectual_property_kind" not null, "title" varchar(300) not null, "number" varchar(100) not null, "holder" varchar(200) not null, "granted_on" date null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "intellectual_property" add constraint "intellectual_property_nomination_id_position_unique" unique ("nomination_id", "position");`,
    );

    this.addSql(
      `create table "innovation" ("id" uuid not null, "nomination_id" uuid not null, "position" smallint not null, "content" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "innovation" add constraint "innovation_nomination_id_position_unique" unique ("nomination_id", "position");`,
    );

    this.addSql(
      `create table "economic_benefit" ("id" uuid not null, "nomination_id" uuid not null, "year" smallint not null, "new_sales" numeric(14,2) not null default 0, "new_profit" numeric(14,2) not null default 0, "new_tax" numeric(14,2) not null default 0, "foreign_exchange" numeric(14,2) not null default 0, "savings" numeric(14,2) not null default 0, primary key ("id"));`,
    );
    this.addSql(
      `alter table "economic_benefit" add constraint "economic_benefit_nomination_id_year_unique" unique ("nomination_id", "year");`,
    );

    this.addSql(
      `create table "completing_organization" ("id" uuid not null, "nomination_id" uuid not null, "position" smallint not null, "organization_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "completing_organization" add constraint "completing_organization_nomination_id_organization_id_unique" unique ("nomination_id", "organization_id");`,
    );
    this.addSql(
      `alter table "completing_organization" add constraint "completing_organization_nomination_id_position_unique" unique ("nomination_id", "position");`,
    );

    this.addSql(
      `create table "completer" ("id" uuid not null, "nomination_id" uuid not null, "position" smallint not null, "name" varchar(50) not null, "id_document_type" "id_document_type" not null, "id_document_number" varchar(40) not null, "employer" varchar(200) not null, "title" varchar(100) not null, "contribution" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "completer" add constraint "completer_nomination_id_id_document_number_unique" unique ("nomination_id", "id_document_number");`,
    );
    this.addSql(
      `alter table "completer" add constraint "completer_nomination_id_position_unique" unique ("nomination_id", "position");`,
    );

    this.addSql(
      `create table "application_record" ("id" uuid not null, "nomination_id" uuid not null, "position" smallint not null, "user_organization" varchar(200) not null, "technology_applied" text not null, "period" varchar(50) not null, "contact" varchar(100) not null, "benefit" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "application_record" add constraint "application_record_nomination_id_position_unique" unique ("nomination_id", "position");`,
    );

    this.addSql(
      `create table "expert" ("id" uuid not null, "cycle_id" uuid not null, "user_id" uuid null, "name" varchar(50) not null, "title" varchar(100) not null, "employer_id" uuid null, "id_document_number" varchar(40) null, "phone" varchar(30) null, "max_load" smallint not null default 10, "is_available" boolean not null default true, "declaration_accepted_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "expert" add constraint "expert_cycle_id_user_id_unique" unique ("cycle_id", "user_id");`,
    );

    this.addSql(
      `create table "expert_field" ("id" uuid not null, "expert_id" uuid not null, "field_id" uuid not null, "is_primary" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(
      `create unique index "expert_field_one_primary_unique" on "expert_field" ("expert_id") where "is_primary";`,
    );
    this.addSql(
      `alter table "expert_field" add constraint "expert_field_expert_id_field_id_unique" unique ("expert_id", "field_id");`,
    );

    this.addSql(
      `create table "expert_employment" ("id" uuid not null, "expert_id" uuid not null, "organization_id" uuid not null, "started_on" date null, "ended_on" date not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "expert_conflict" ("id" uuid not null, "expert_id" uuid not null, "source" "conflict_source" not null, "organization_id" uuid null, "nomination_id" uuid null, "reason" text not null, "recorded_at" timestamptz not null default now(), primary key ("id"));`,
    );

    this.addSql(
      `create table "ballot_participation" ("ballot_id" uuid not null, "member_id" uuid not null, "voted_on" date not null default current_date, primary key ("ballot_id", "member_id"));`,
    );

    this.addSql(
      `create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" uuid null, "action" varchar(80) not null, "entity_type" varchar(80) not null, "entity_id" varchar(80) not null, "before" jsonb null, "after" jsonb null, "previous_hash" char(64) null, "hash" char(64) not null);`,
    );
    this.addSql(
      `create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`,
    );

    this.addSql(
      `create table "assignment" ("id" uuid not null, "nomination_id" uuid not null, "expert_id" uuid not null, "stage" "review_stage" not null default 'PRELIMINARY', "status" "assignment_status" not null default 'PENDING', "status_reason" text null, "due_at" timestamptz null, "assigned_by_id" uuid null, "assigned_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "assignment_expert_id_stage_index" on "assignment" ("expert_id", "stage");`);
    this.addSql(
      `alter table "assignment" add constraint "assignment_nomination_id_expert_id_stage_unique" unique ("nomination_id", "expert_id", "stage");`,
    );

    this.addSql(
      `create table "score_sheet" ("id" uuid not null, "assignment_id" uuid not null, "rubric_id" uuid not null, "status" "score_sheet_status" not null default 'DRAFT', "version" int not null default 1, "total" numeric(5,2) null, "overall_opinion" text not null default '', "recommended_grade" "grade" null, "submitted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "score_sheet" add constraint "score_sheet_assignment_id_unique" unique ("assignment_id");`,
    );

    this.addSql(
      `create table "criterion_score" ("id" uuid not null, "sheet_id" uuid not null, "criterion_id" uuid not null, "level" "score_level" null, "points" numeric(5,2) null, "comment" text not null default '', primary key ("id"));`,
    );
    this.addSql(
      `alter table "criterion_score" add constraint "criterion_score_sheet_id_criterion_id_unique" unique ("sheet_id", "criterion_id");`,
    );

    this.addSql(
      `alter table "award_cycle" add constraint "award_cycle_grade_thresholds_check" check (first_grade_min_score > second_grade_min_score and second_grade_min_score > third_grade_min_score);`,
    );
    this.addSql(
      `alter table "award_cycle" add constraint "award_cycle_publicity_days_check" check (publicity_days > 0);`,
    );
    this.addSql(
      `alter table "award_cycle" add constraint "award_cycle_disagreement_check" check (disagreement_spread between 1 and 100);`,
    );
    this.addSql(
      `alter table "award_cycle" add constraint "award_cycle_trim_check" check (trim_from_sheet_count >= 3);`,
    );

    this.addSql(
      `alter table "category_config" add constraint "category_config_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "category_config" add constraint "category_config_experts_check" check (experts_per_nomination >= 3);`,
    );
    this.addSql(
      `alter table "category_config" add constraint "category_config_quotas_check" check (quota_first >= 0 and quota_second >= 0 and quota_third >= 0);`,
    );

    this.addSql(
      `alter table "credit_limit" add constraint "credit_limit_category_config_id_foreign" foreign key ("category_config_id") references "category_config" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "credit_limit" add constraint "credit_limit_grade_check" check (grade <> 'NONE');`,
    );
    this.addSql(
      `alter table "credit_limit" add constraint "credit_limit_positive_check" check (max_completers > 0 and max_organizations > 0);`,
    );

    this.addSql(
      `alter table "cycle_window" add constraint "cycle_window_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "cycle_window" add constraint "cycle_window_order_check" check (closes_at > opens_at);`,
    );

    this.addSql(
      `alter table "expertise_field" add constraint "expertise_field_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "organization" add constraint "organization_credit_code_format_check" check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$');`,
    );

    this.addSql(
      `alter table "rubric" add constraint "rubric_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "rubric" add constraint "rubric_version_check" check (version >= 1);`);

    this.addSql(
      `alter table "criterion" add constraint "criterion_rubric_id_foreign" foreign key ("rubric_id") references "rubric" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "criterion" add constraint "criterion_max_points_check" check (max_points between 1 and 100);`,
    );

    this.addSql(
      `alter table "level_descriptor" add constraint "level_descriptor_criterion_id_foreign" foreign key ("criterion_id") references "criterion" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "level_descriptor" add constraint "level_descriptor_percent_check" check (min_percent >= 0 and max_percent <= 100 and min_percent <= max_percent);`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_has_role_check" check (cardinality(roles) > 0);`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_nominator_has_organization_check" check (not ('NOMINATOR' = any(roles)) or organization_id is not null);`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_roles_check" check ("roles" <@ array['SECRETARIAT'::text, 'CHAIR'::text, 'COMMITTEE_MEMBER'::text, 'EXPERT'::text, 'NOMINATOR'::text]);`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "registration" add constraint "registration_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "registration" add constraint "registration_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`,
    );
    this.addSql(
      `alter table "registration" add constraint "registration_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "nomination" add constraint "nomination_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id");`,
    );
    this.addSql(
      `alter table "nomination" add constraint "nomination_nominator_id_foreign" foreign key ("nominator_id") references "organization" ("id");`,
    );
    this.addSql(
      `alter table "nomination" add constraint "nomination_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "nomination" add constraint "nomination_field_id_foreign" foreign key ("field_id") references "expertise_field" ("id");`,
    );
    this.addSql(
      `alter table "nomination" add constraint "nomination_proposed_grade_check" check (proposed_grade is null or proposed_grade <> 'NONE');`,
    );
    this.addSql(
      `alter table "nomination" add constraint "nomination_objective_evaluation_length_check" check (char_length(objective_evaluation) <= 300);`,
    );
    this.addSql(
      `alter table "nomination" add constraint "nomination_ip_counts_check" check (invention_patent_count >= 0 and other_ip_count >= 0);`,
    );
    this.addSql(
      `alter table "nomination" add constraint "nomination_dates_check" check (end_date is null or start_date is null or end_date >= start_date);`,
    );
    this.addSql(
      `alter table "nomination" add constraint "nomination_project_name_length_check" check (char_length(project_name) <= 30);`,
    );

    this.addSql(
      `alter table "re_review_ballot" add constraint "re_review_ballot_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "re_review_ballot" add constraint "re_review_ballot_opened_by_id_foreign" foreign key ("opened_by_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "re_review_ballot" add constraint "re_review_ballot_counts_check" check (members_total > 0 and members_present between 0 and members_total);`,
    );
    this.addSql(
      `alter table "re_review_ballot" add constraint "re_review_ballot_grade_check" check (grade <> 'NONE');`,
    );

    this.addSql(
      `alter table "re_review_vote" add constraint "re_review_vote_ballot_id_foreign" foreign key ("ballot_id") references "re_review_ballot" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "objection" add constraint "objection_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "objection" add constraint "objection_refusal_reason_check" check (status <> 'REFUSED' or char_length(coalesce(resolution, '')) > 0);`,
    );
    this.addSql(
      `alter table "objection" add constraint "objection_real_name_check" check (char_length(trim(objector_name)) > 0);`,
    );

    this.addSql(
      `alter table "nomination_transition" add constraint "nomination_transition_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "nomination_transition" add constraint "nomination_transition_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "nomination_transition" add constraint "nomination_transition_changes_check" check (from_status is null or from_status <> to_status);`,
    );

    this.addSql(
      `alter table "nomination_result" add constraint "nomination_result_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "nomination_result" add constraint "nomination_result_sheet_count_check" check (sheet_count >= 0);`,
    );
    this.addSql(
      `alter table "nomination_result" add constraint "nomination_result_scores_check" check (official_score is null or official_score between 0 and 100);`,
    );

    this.addSql(
      `alter table "nomination_file" add constraint "nomination_file_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "nomination_file" add constraint "nomination_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "nomination_file" add constraint "nomination_file_evidence_kind_check" check ((purpose = 'EVIDENCE') = (evidence_kind is not null));`,
    );
    this.addSql(
      `alter table "nomination_file" add constraint "nomination_file_sha256_check" check (sha256 ~ '^[0-9a-f]{64}$');`,
    );
    this.addSql(
      `alter table "nomination_file" add constraint "nomination_file_size_check" check (size_bytes > 0);`,
    );

    this.addSql(
      `alter table "intellectual_property" add constraint "intellectual_property_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "innovation" add constraint "innovation_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "innovation" add constraint "innovation_content_length_check" check (char_length(content) between 1 and 500);`,
    );

    this.addSql(
      `alter table "economic_benefit" add constraint "economic_benefit_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "economic_benefit" add constraint "economic_benefit_year_check" check (year between 1990 and 2100);`,
    );

    this.addSql(
      `alter table "completing_organization" add constraint "completing_organization_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "completing_organization" add constraint "completing_organization_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`,
    );
    this.addSql(
      `alter table "completing_organization" add constraint "completing_organization_position_check" check (position >= 1);`,
    );

    this.addSql(
      `alter table "completer" add constraint "completer_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "completer" add constraint "completer_position_check" check (position >= 1);`);

    this.addSql(
      `alter table "application_record" add constraint "application_record_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "expert" add constraint "expert_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id");`,
    );
    this.addSql(
      `alter table "expert" add constraint "expert_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "expert" add constraint "expert_employer_id_foreign" foreign key ("employer_id") references "organization" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "expert" add constraint "expert_max_load_check" check (max_load between 1 and 200);`,
    );

    this.addSql(
      `alter table "expert_field" add constraint "expert_field_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "expert_field" add constraint "expert_field_field_id_foreign" foreign key ("field_id") references "expertise_field" ("id");`,
    );

    this.addSql(
      `alter table "expert_employment" add constraint "expert_employment_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "expert_employment" add constraint "expert_employment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`,
    );
    this.addSql(
      `alter table "expert_employment" add constraint "expert_employment_dates_check" check (started_on is null or ended_on >= started_on);`,
    );

    this.addSql(
      `alter table "expert_conflict" add constraint "expert_conflict_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "expert_conflict" add constraint "expert_conflict_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "expert_conflict" add constraint "expert_conflict_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "expert_conflict" add constraint "expert_conflict_target_check" check (organization_id is not null or nomination_id is not null);`,
    );

    this.addSql(
      `alter table "ballot_participation" add constraint "ballot_participation_ballot_id_foreign" foreign key ("ballot_id") references "re_review_ballot" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ballot_participation" add constraint "ballot_participation_member_id_foreign" foreign key ("member_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "assignment" add constraint "assignment_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "assignment" add constraint "assignment_expert_id_foreign" foreign key ("expert_id") references "expert" ("id");`,
    );
    this.addSql(
      `alter table "assignment" add constraint "assignment_assigned_by_id_foreign" foreign key ("assigned_by_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "score_sheet" add constraint "score_sheet_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "score_sheet" add constraint "score_sheet_rubric_id_foreign" foreign key ("rubric_id") references "rubric" ("id");`,
    );
    this.addSql(
      `alter table "score_sheet" add constraint "score_sheet_submitted_check" check ((status = 'SUBMITTED') = (submitted_at is not null) and (status = 'DRAFT' or total is not null));`,
    );
    this.addSql(
      `alter table "score_sheet" add constraint "score_sheet_total_check" check (total is null or total between 0 and 100);`,
    );

    this.addSql(
      `alter table "criterion_score" add constraint "criterion_score_sheet_id_foreign" foreign key ("sheet_id") references "score_sheet" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "criterion_score" add constraint "criterion_score_criterion_id_foreign" foreign key ("criterion_id") references "criterion" ("id");`,
    );
    this.addSql(
      `alter table "criterion_score" add constraint "criterion_score_points_check" check (points is null or points between 0 and 100);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "category_config" drop constraint "category_config_cycle_id_foreign";`);
    this.addSql(`alter table "cycle_window" drop constraint "cycle_window_cycle_id_foreign";`);
    this.addSql(`alter table "expertise_field" drop constraint "expertise_field_cycle_id_foreign";`);
    this.addSql(`alter table "rubric" drop constraint "rubric_cycle_id_foreign";`);
    this.addSql(`alter table "registration" drop constraint "registration_cycle_id_foreign";`);
    this.addSql(`alter table "nomination" drop constraint "nomination_cycle_id_foreign";`);
    this.addSql(`alter table "expert" drop constraint "expert_cycle_id_foreign";`);
    this.addSql(`alter table "credit_limit" drop constraint "credit_limit_category_config_id_foreign";`);
    this.addSql(`alter table "nomination" drop constraint "nomination_field_id_foreign";`);
    this.addSql(`alter table "expert_field" drop constraint "expert_field_field_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_organization_id_foreign";`);
    this.addSql(`alter table "registration" drop constraint "registration_organization_id_foreign";`);
    this.addSql(`alter table "nomination" drop constraint "nomination_nominator_id_foreign";`);
    this.addSql(
      `alter table "completing_organization" drop constraint "completing_organization_organization_id_foreign";`,
    );
    this.addSql(`alter table "expert" drop constraint "expert_employer_id_foreign";`);
    this.addSql(
      `alter table "expert_employment" drop constraint "expert_employment_organization_id_foreign";`,
    );
    this.addSql(`alter table "expert_conflict" drop constraint "expert_conflict_organization_id_foreign";`);
    this.addSql(`alter table "criterion" drop constraint "criterion_rubric_id_foreign";`);
    this.addSql(`alter table "score_sheet" drop constraint "score_sheet_rubric_id_foreign";`);
    this.addSql(`alter table "level_descriptor" drop constraint "level_descriptor_criterion_id_foreign";`);
    this.addSql(`alter table "criterion_score" drop constraint "criterion_score_criterion_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "registration" drop constraint "registration_registered_by_id_foreign";`);
    this.addSql(`alter table "nomination" drop constraint "nomination_created_by_id_foreign";`);
    this.addSql(`alter table "re_review_ballot" drop constraint "re_review_ballot_opened_by_id_foreign";`);
    this.addSql(
      `alter table "nomination_transition" drop constraint "nomination_transition_actor_id_foreign";`,
    );
    this.addSql(`alter table "nomination_file" drop constraint "nomination_file_uploaded_by_id_foreign";`);
    this.addSql(`alter table "expert" drop constraint "expert_user_id_foreign";`);
    this.addSql(
      `alter table "ballot_participation" drop constraint "ballot_participation_member_id_foreign";`,
    );
    this.addSql(`alter table "audit_event" drop constraint "audit_event_actor_id_foreign";`);
    this.addSql(`alter table "assignment" drop constraint "assignment_assigned_by_id_foreign";`);
    this.addSql(`alter table "re_review_ballot" drop constraint "re_review_ballot_nomination_id_foreign";`);
    this.addSql(`alter table "objection" drop constraint "objection_nomination_id_foreign";`);
    this.addSql(
      `alter table "nomination_transition" drop constraint "nomination_transition_nomination_id_foreign";`,
    );
    this.addSql(`alter table "nomination_result" drop constraint "nomination_result_nomination_id_foreign";`);
    this.addSql(`alter table "nomination_file" drop constraint "nomination_file_nomination_id_foreign";`);
    this.addSql(
      `alter table "intellectual_property" drop constraint "intellectual_property_nomination_id_foreign";`,
    );
    this.addSql(`alter table "innovation" drop constraint "innovation_nomination_id_foreign";`);
    this.addSql(`alter table "economic_benefit" drop constraint "economic_benefit_nomination_id_foreign";`);
    this.addSql(
      `alter table "completing_organization" drop constraint "completing_organization_nomination_id_foreign";`,
    );
    this.addSql(`alter table "completer" drop constraint "completer_nomination_id_foreign";`);
    this.addSql(
      `alter table "application_record" drop constraint "application_record_nomination_id_foreign";`,
    );
    this.addSql(`alter table "expert_conflict" drop constraint "expert_conflict_nomination_id_foreign";`);
    this.addSql(`alter table "assignment" drop constraint "assignment_nomination_id_foreign";`);
    this.addSql(`alter table "re_review_vote" drop constraint "re_review_vote_ballot_id_foreign";`);
    this.addSql(
      `alter table "ballot_participation" drop constraint "ballot_participation_ballot_id_foreign";`,
    );
    this.addSql(`alter table "expert_field" drop constraint "expert_field_expert_id_foreign";`);
    this.addSql(`alter table "expert_employment" drop constraint "expert_employment_expert_id_foreign";`);
    this.addSql(`alter table "expert_conflict" drop constraint "expert_conflict_expert_id_foreign";`);
    this.addSql(`alter table "assignment" drop constraint "assignment_expert_id_foreign";`);
    this.addSql(`alter table "score_sheet" drop constraint "score_sheet_assignment_id_foreign";`);
    this.addSql(`alter table "criterion_score" drop constraint "criterion_score_sheet_id_foreign";`);

    this.addSql(`drop table if exists "award_cycle" cascade;`);
    this.addSql(`drop table if exists "category_config" cascade;`);
    this.addSql(`drop table if exists "credit_limit" cascade;`);
    this.addSql(`drop table if exists "cycle_window" cascade;`);
    this.addSql(`drop table if exists "expertise_field" cascade;`);
    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "rubric" cascade;`);
    this.addSql(`drop table if exists "criterion" cascade;`);
    this.addSql(`drop table if exists "level_descriptor" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "registration" cascade;`);
    this.addSql(`drop table if exists "nomination" cascade;`);
    this.addSql(`drop table if exists "re_review_ballot" cascade;`);
    this.addSql(`drop table if exists "re_review_vote" cascade;`);
    this.addSql(`drop table if exists "objection" cascade;`);
    this.addSql(`drop table if exists "nomination_transition" cascade;`);
    this.addSql(`drop table if exists "nomination_result" cascade;`);
    this.addSql(`drop table if exists "nomination_file" cascade;`);
    this.addSql(`drop table if exists "intellectual_property" cascade;`);
    this.addSql(`drop table if exists "innovation" cascade;`);
    this.addSql(`drop table if exists "economic_benefit" cascade;`);
    this.addSql(`drop table if exists "completing_organization" cascade;`);
    this.addSql(`drop table if exists "completer" cascade;`);
    this.addSql(`drop table if exists "application_record" cascade;`);
    this.addSql(`drop table if exists "expert" cascade;`);
    this.addSql(`drop table if exists "expert_field" cascade;`);
    this.addSql(`drop table if exists "expert_employment" cascade;`);
    this.addSql(`drop table if exists "expert_conflict" cascade;`);
    this.addSql(`drop table if exists "ballot_participation" cascade;`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "assignment" cascade;`);
    this.addSql(`drop table if exists "score_sheet" cascade;`);
    this.addSql(`drop table if exists "criterion_score" cascade;`);

    this.addSql(`drop type "award_category";`);
    this.addSql(`drop type "grade";`);
    this.addSql(`drop type "window_kind";`);
    this.addSql(`drop type "organization_type";`);
    this.addSql(`drop type "score_level";`);
    this.addSql(`drop type "nomination_status";`);
    this.addSql(`drop type "ballot_status";`);
    this.addSql(`drop type "vote_choice";`);
    this.addSql(`drop type "objection_status";`);
    this.addSql(`drop type "review_stage";`);
    this.addSql(`drop type "file_purpose";`);
    this.addSql(`drop type "evidence_kind";`);
    this.addSql(`drop type "intellectual_property_kind";`);
    this.addSql(`drop type "id_document_type";`);
    this.addSql(`drop type "conflict_source";`);
    this.addSql(`drop type "assignment_status";`);
    this.addSql(`drop type "score_sheet_status";`);
  }
}

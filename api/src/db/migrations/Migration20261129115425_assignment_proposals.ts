import { Migration } from '@mikro-orm/migrations';

/**
 * Solver runs kept as proposals (assignments/assignment-proposal.entity.ts), and the cycle's "recent
 * employer" span for conflicts of interest. Hand-trimmed from the generated diff, which also proposed
 * dropping the hand-written triggers and re-creating unchanged check constraints.
 */
export class Migration20261129115425_assignment_proposals extends Migration {
  override name = 'Migration20261129115425_assignment_proposals';

  override up(): void | Promise<void> {
    this.addSql(`create type "proposal_status" as enum ('DRAFT', 'COMMITTED', 'DISCARDED');`);
    this.addSql(
      `create table "assignment_proposal" ("id" uuid not null, "cycle_id" uuid not null, "category" "award_category" not null, "seed" int not null, "k" smallint not null, "status" "proposal_status" not null default 'DRAFT', "pairs" jsonb not null, "shortfalls" jsonb not null, "total_fit" double precision not null, "upper_bound" double precision not null, "solve_ms" int not null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "decided_at" timestamptz null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "assignment_proposal_cycle_id_created_at_index" on "assignment_proposal" ("cycle_id", "created_at");`,
    );
    this.addSql(
      `alter table "assignment_proposal" add constraint "assignment_proposal_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id");`,
    );
    this.addSql(
      `alter table "assignment_proposal" add constraint "assignment_proposal_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id");`,
    );
    this.addSql(`alter table "award_cycle" add "recent_employment_years" smallint not null default 3;`);
    this.addSql(
      `alter table "award_cycle" add constraint "award_cycle_recent_employment_check" check (recent_employment_years between 0 and 20);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "award_cycle" drop constraint "award_cycle_recent_employment_check";`);
    this.addSql(`alter table "award_cycle" drop column "recent_employment_years";`);
    this.addSql(`drop table if exists "assignment_proposal" cascade;`);
    this.addSql(`drop type "proposal_status";`);
  }
}

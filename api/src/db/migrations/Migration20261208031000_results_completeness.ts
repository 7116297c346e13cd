import { Migration } from '@mikro-orm/migrations';

/**
 * A result says how many sheets it waits for and whether all are in (results/compute-results.ts): an
 * incomplete nomination gets no recommended grade. Every cycle's results are marked stale, so the first
 * read recomputes them with the rule (results.service.ts, refreshResults).
 */
export class Migration20261208031000_results_completeness extends Migration {
  override name = 'Migration20261208031000_results_completeness';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "nomination_result" add column "assigned_count" smallint not null default 0, add column "is_complete" boolean not null default false;`,
    );
    this.addSql('update "live_sequence" set "results_changes" = "results_changes" + 1;');
  }

  override down(): void | Promise<void> {
    this.addSql('alter table "nomination_result" drop column "assigned_count", drop column "is_complete";');
  }
}

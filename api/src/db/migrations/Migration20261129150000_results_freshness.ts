import { Migration } from '@mikro-orm/migrations';

/**
 * Results are recomputed when read after a change that moves them, not inside each change
 * (results/results-freshness.ts): per cycle, the count of such changes and the count the stored
 * results cover.
 */
export class Migration20261129150000_results_freshness extends Migration {
  override name = 'Migration20261129150000_results_freshness';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "live_sequence" add column "results_changes" bigint not null default '0', add column "results_computed" bigint not null default '0';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "live_sequence" drop column "results_changes", drop column "results_computed";`);
  }
}

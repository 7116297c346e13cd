import { Migration } from '@mikro-orm/migrations';

/**
 * A category's results page (results/results-page.ts) walks the results in rank order and stops after
 * its page, instead of reading and sorting every result of the cycle.
 */
export class Migration20261129154017_results_rank_index extends Migration {
  override name = 'Migration20261129154017_results_rank_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "nomination_result_rank_id_index" on "nomination_result" ("rank", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "nomination_result_rank_id_index";`);
  }
}

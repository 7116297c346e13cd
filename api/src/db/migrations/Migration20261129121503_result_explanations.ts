import { Migration } from '@mikro-orm/migrations';

/**
 * What explains a result (results/compute-results.ts): the spread of totals, the per-criterion means,
 * each counted sheet's total, adjusted total and whether it was trimmed and the grade before quotas. Hand-trimmed from the generated diff.
 */
export class Migration20261129121503_result_explanations extends Migration {
  override name = 'Migration20261129121503_result_explanations';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "nomination_result" add "spread" numeric(5,2) null, add "criterion_means" jsonb not null default '[]', add "sheet_figures" jsonb not null default '[]', add "score_grade" "grade" null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "nomination_result" drop column "spread", drop column "criterion_means", drop column "sheet_figures", drop column "score_grade";`,
    );
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * An assignment's `due_at` is the chair's extension only (assignments/review-sql.ts, REVIEW_DUE): the
 * copies of the window's close made when reviewers were assigned are cleared, so that moving the window
 * moves every review not extended. Nothing to undo: a copy of the close and none are due alike.
 */
export class Migration20261208030000_review_extensions_only extends Migration {
  override name = 'Migration20261208030000_review_extensions_only';

  override up(): void | Promise<void> {
    this.addSql(
      `update "assignment" a set "due_at" = null from "nomination" n, "cycle_window" w
       where n.id = a.nomination_id and w.cycle_id = n.cycle_id and w.kind = 'PRELIMINARY_REVIEW'
         and a.due_at <= w.closes_at;`,
    );
  }
}

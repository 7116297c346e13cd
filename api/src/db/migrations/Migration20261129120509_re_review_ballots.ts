import { Migration } from '@mikro-orm/migrations';

/**
 * Re-review ballots keep their counts once closed (results/re-review-ballot.entity.ts), and a
 * nomination has at most one open ballot. Hand-trimmed from the generated diff, which also proposed
 * dropping the hand-written triggers and re-creating unchanged check constraints.
 */
export class Migration20261129120509_re_review_ballots extends Migration {
  override name = 'Migration20261129120509_re_review_ballots';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "re_review_ballot" add "votes_for" smallint null, add "votes_against" smallint null, add "votes_abstain" smallint null;`,
    );
    this.addSql(
      `create unique index "re_review_ballot_one_open_per_nomination" on "re_review_ballot" ("nomination_id") where status = 'OPEN';`,
    );
    this.addSql(
      `alter table "re_review_ballot" add constraint "re_review_ballot_result_check" check ((status = 'OPEN' and votes_for is null and votes_against is null and votes_abstain is null and is_passed is null and closed_at is null) or (status = 'CLOSED' and votes_for + votes_against + votes_abstain <= members_present and is_passed is not null and closed_at is not null));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "re_review_ballot_one_open_per_nomination";`);
    this.addSql(`alter table "re_review_ballot" drop constraint "re_review_ballot_result_check";`);
    this.addSql(
      `alter table "re_review_ballot" drop column "votes_for", drop column "votes_against", drop column "votes_abstain";`,
    );
  }
}

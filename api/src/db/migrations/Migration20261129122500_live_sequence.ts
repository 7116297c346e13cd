import { Migration } from '@mikro-orm/migrations';

/** The count of a cycle's live changes (live/live-sequence.ts), the sequence of the console's snapshots. */
export class Migration20261129122500_live_sequence extends Migration {
  override name = 'Migration20261129122500_live_sequence';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "live_sequence" ("cycle_id" uuid not null references "award_cycle" ("id") on delete cascade, "value" bigint not null default 0, primary key ("cycle_id"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "live_sequence";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** The count of a cycle's live changes (live/live-sequence.ts), the sequence of the console's snapshots. */
export class Migration20261129122500_live_sequence extends Migration {
  override name = 'Migration20261129122500_live_sequence';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "live_sequence" ("cycle_id" uuid not null, "value" bigint not null default '0', primary key ("cycle_id"));`,
    );
    this.addSql(
      `alter table "live_sequence" add constraint "live_sequence_cycle_id_foreign" foreign key ("cycle_id") references "award_cycle" ("id") on update cascade on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "live_sequence";`);
  }
}

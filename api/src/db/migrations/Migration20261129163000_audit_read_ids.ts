import { Migration } from '@mikro-orm/migrations';

/**
 * A staff member's reads of one request are one audit row listing the rows read in `after.ids`
 * (audit/read-audit.ts): the trail is searched by a row's id in those lists too.
 */
export class Migration20261129163000_audit_read_ids extends Migration {
  override name = 'Migration20261129163000_audit_read_ids';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "audit_event_read_ids_index" on "audit_event" using gin ((after -> 'ids') jsonb_path_ops) where action = 'READ';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql('drop index "audit_event_read_ids_index";');
  }
}

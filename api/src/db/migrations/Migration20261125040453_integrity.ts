import { Migration } from '@mikro-orm/migrations';

/** Rules the database keeps itself, beyond what entity metadata can declare. */
export class Migration20261125040453_integrity extends Migration {
  override up(): void {
    // A criterion's points never exceed its maximum, whatever writes the row.
    this.addSql(`
      create function criterion_score_within_max() returns trigger language plpgsql as $$
      declare maximum smallint;
      begin
        select max_points into maximum from criterion where id = new.criterion_id;
        if new.points is not null and new.points > maximum then
          raise exception 'points % exceed the maximum % of the criterion', new.points, maximum
            using errcode = 'check_violation', constraint = 'criterion_score_within_max';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger criterion_score_within_max before insert or update of points, criterion_id
      on criterion_score for each row execute function criterion_score_within_max();`);

    // The audit trail is append-only: updates, deletes and truncation are refused.
    this.addSql(`
      create function audit_event_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`
      create trigger audit_event_append_only before update or delete on audit_event
      for each row execute function audit_event_refuse_change();`);
    this.addSql(`
      create trigger audit_event_no_truncate before truncate on audit_event
      for each statement execute function audit_event_refuse_change();`);
  }

  override down(): void {
    this.addSql('drop trigger audit_event_no_truncate on audit_event;');
    this.addSql('drop trigger audit_event_append_only on audit_event;');
    this.addSql('drop function audit_event_refuse_change();');
    this.addSql('drop trigger criterion_score_within_max on criterion_score;');
    this.addSql('drop function criterion_score_within_max();');
  }
}

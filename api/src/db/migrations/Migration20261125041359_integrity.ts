import { Migration } from '@mikro-orm/migrations';

/** Rules the database keeps itself, beyond what entity metadata can declare. */
export class Migration20261125041359_integrity extends Migration {
  override up(): void {
    // A criterion score belongs to a criterion of its sheet's rubric, and never exceeds its maximum,
    // whatever writes the row.
    this.addSql(`
      create function criterion_score_fits_rubric() returns trigger language plpgsql as $$
      declare maximum smallint; is_in_rubric boolean;
      begin
        select c.max_points, c.rubric_id = s.rubric_id into maximum, is_in_rubric
          from criterion c, score_sheet s where c.id = new.criterion_id and s.id = new.sheet_id;
        if not is_in_rubric then
          raise exception 'the criterion is not part of the rubric of this score sheet'
            using errcode = 'check_violation', constraint = 'criterion_score_in_rubric';
        end if;
        if new.points is not null and new.points > maximum then
          raise exception 'points % exceed the maximum % of the criterion', new.points, maximum
            using errcode = 'check_violation', constraint = 'criterion_score_within_max';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger criterion_score_fits_rubric before insert or update of points, criterion_id, sheet_id
      on criterion_score for each row execute function criterion_score_fits_rubric();`);

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
    this.addSql('drop trigger criterion_score_fits_rubric on criterion_score;');
    this.addSql('drop function criterion_score_fits_rubric();');
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail is chained after commit (audit/audit-chain.ts) instead of under one lock inside every
 * write: a row is inserted without its hash, and the chainer, alone, gives each committed row its place
 * in the chain and its hashes, once. The append-only trigger lets exactly that update through.
 */
export class Migration20261129151000_audit_chain_after_commit extends Migration {
  override name = 'Migration20261129151000_audit_chain_after_commit';

  override up(): void | Promise<void> {
    this.addSql(`alter table "audit_event" alter column "hash" drop not null;`);
    this.addSql(`alter table "audit_event" add column "chain_position" bigint null;`);
    // Rows so far were chained in the order of their ids, under the old lock.
    this.addSql('alter table audit_event disable trigger audit_event_append_only;');
    this.addSql(`update audit_event set chain_position = ordered.position
      from (select id, row_number() over (order by id) as position from audit_event) ordered
      where ordered.id = audit_event.id;`);
    this.addSql('alter table audit_event enable trigger audit_event_append_only;');
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_chain_position_unique" unique ("chain_position");`,
    );
    this.addSql(`alter table "audit_event" add constraint "audit_event_chained_whole" check
      ((chain_position is null) = (hash is null));`);
    this.addSql(`
      create or replace function audit_event_refuse_change() returns trigger language plpgsql as $$
      begin
        -- The chainer's one update: an unchained row gets its place and hashes, nothing else changes.
        if tg_op = 'UPDATE' and old.chain_position is null and new.chain_position is not null
          and (new.id, new.at, new.actor_id, new.action, new.entity_type, new.entity_id)
            is not distinct from (old.id, old.at, old.actor_id, old.action, old.entity_type, old.entity_id)
          and new.before is not distinct from old.before and new.after is not distinct from old.after then
          return new;
        end if;
        raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
      end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`
      create or replace function audit_event_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_chained_whole";`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_chain_position_unique";`);
    this.addSql(`alter table "audit_event" drop column "chain_position";`);
    this.addSql(`alter table "audit_event" alter column "hash" set not null;`);
  }
}

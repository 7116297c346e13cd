import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';

/**
 * An append-only record of a change or a sensitive read. The database refuses updates and deletes
 * (trigger audit_event_append_only), and each row carries the hash of the previous one.
 */
@Entity()
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();

  @ManyToOne(() => User, { nullable: true })
  actor?: User | null;

  @Property({ type: 'string', length: 80 })
  action!: string;

  @Property({ type: 'string', length: 80 })
  entityType!: string;

  @Property({ type: 'string', length: 80 })
  entityId!: string;

  @Property({ type: 'json', nullable: true })
  before?: unknown;

  @Property({ type: 'json', nullable: true })
  after?: unknown;

  @Property({ type: 'character', length: 64, nullable: true })
  previousHash?: string | null;

  @Property({ type: 'character', length: 64 })
  hash!: string;
}

import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { AuditAction, AuditEntityType } from './audit-kinds.js';

/**
 * An append-only record of a change or a sensitive read. The database refuses updates and deletes
 * (trigger audit_event_append_only), and each row, once chained, carries the hash of the previous one.
 */
@ObjectType({ description: '审计记录' })
@Entity()
@Index({ properties: ['entityType', 'entityId'] })
// The reads of a row among those that record reads of several (audit/read-audit.ts).
@Index({
  name: 'audit_event_read_ids_index',
  expression: `create index "audit_event_read_ids_index" on "audit_event" using gin ((after -> 'ids') jsonb_path_ops) where action = 'READ'`,
})
export class AuditEvent {
  @Field(() => ID)
  // Read as a string: ids outgrow JavaScript's safe integers long before bigint does.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();

  @ManyToOne(() => User, { nullable: true })
  actor?: User | null;

  @Field(() => AuditAction)
  @Property({ type: 'string', length: 80 })
  action!: AuditAction;

  @Field(() => AuditEntityType)
  @Property({ type: 'string', length: 80 })
  entityType!: AuditEntityType;

  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  entityId!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: unknown;

  @Field(() => String, { nullable: true })
  @Property({ type: 'character', length: 64, nullable: true })
  previousHash?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'null for the moment between the commit and the chaining (about a second)',
  })
  @Property({ type: 'character', length: 64, nullable: true })
  hash?: string | null;

  /** Its place in the chain, given once after commit by audit-chain.ts. */
  @Property({ type: new BigIntType('string'), nullable: true, unique: true })
  chainPosition?: string | null;
}

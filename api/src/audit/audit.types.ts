import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../graphql/connection.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEntityType } from './audit-kinds.js';

export const AuditEventConnection = ConnectionType(AuditEvent);

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEntityType, { nullable: true })
  entityType?: AuditEntityType | null;

  @Field(() => String, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'the user who acted' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'from this instant on (inclusive)' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'before this instant (exclusive)' })
  to?: Date | null;
}

@ObjectType({ description: 'the result of recomputing the audit chain' })
export class AuditChainCheck {
  @Field(() => Boolean)
  isIntact!: boolean;

  @Field(() => Int)
  checkedCount!: number;

  @Field(() => ID, { nullable: true, description: 'the first row whose hash or link does not match' })
  firstBrokenId!: string | null;
}

import type { FilterQuery } from '@mikro-orm/core';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Account, toAccount } from '../auth/auth.types.js';
import { STAFF } from '../auth/role.js';
import { User } from '../auth/user.entity.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../db/find-by-id.js';
import { findPage } from '../graphql/connection.js';
import { AuditChainCheck, AuditEventConnection, AuditEventsArgs } from './audit.types.js';
import { verifyAuditChain } from './audit-chain.js';
import { AuditEvent } from './audit-event.entity.js';
import { readsOf } from './read-audit.js';

function auditFilter(args: AuditEventsArgs): FilterQuery<AuditEvent> {
  if (args.actorId) assertId('actorId', args.actorId);
  const at = { ...(args.from ? { $gte: args.from } : {}), ...(args.to ? { $lt: args.to } : {}) };
  return {
    ...(args.entityType ? { entityType: args.entityType } : {}),
    // A read of several rows lists them all (read-audit.ts), with the first as its entityId.
    ...(args.entityId ? { $or: [{ entityId: args.entityId }, readsOf(args.entityId)] } : {}),
    ...(args.actorId ? { actor: args.actorId } : {}),
    ...(args.from || args.to ? { at } : {}),
  };
}

/** The audit trail, for the secretariat and the chair only. */
@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(...STAFF)
  @Query(() => AuditEventConnection, { description: 'the audit trail, newest first' })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() { em }: RequestContext) {
    return findPage(em, AuditEvent, auditFilter(args), { id: 'desc' }, args);
  }

  @Authorized(...STAFF)
  @Query(() => AuditChainCheck, { description: 'recomputes the hash chain: is the trail as it was written?' })
  auditChainCheck(@Ctx() { em }: RequestContext): Promise<AuditChainCheck> {
    return verifyAuditChain(em);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'who acted' })
  async actor(@Root() event: AuditEvent, @Ctx() { loaders }: RequestContext): Promise<Account | null> {
    return event.actor ? toAccount(await loaders.byId(User).load(event.actor.id)) : null;
  }
}

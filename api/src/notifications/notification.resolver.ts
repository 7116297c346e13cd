import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mayViewNomination } from '../auth/nomination-visibility.js';
import { STAFF } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Notification } from './notification.entity.js';
import { markNotificationsRead, notificationsOf } from './notification.service.js';
import { remindReviewers } from './review-reminder.service.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => [Notification], { description: 'the viewer’s own notifications, newest first (at most 100)' })
  myNotifications(
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return notificationsOf(em, viewer as Viewer, unreadOnly, 100);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'marks the viewer’s notifications read; returns how many changed' })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() { em, viewer }: RequestContext) {
    return markNotificationsRead(em, viewer as Viewer, ids);
  }

  @Authorized(...STAFF)
  @Mutation(() => Int, {
    description: 'reminds the experts of open reviews without a submitted sheet; returns how many',
  })
  remindReviewers(
    @Arg('assignmentIds', () => [ID]) assignmentIds: string[],
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return em.transactional((tx) => remindReviewers(tx, viewer as Viewer, assignmentIds));
  }

  @FieldResolver(() => Nomination, {
    nullable: true,
    description: 'absent while the recipient may not see it (an expert before its declaration)',
  })
  async nomination(@Root() notification: Notification, @Ctx() ctx: RequestContext) {
    const nominationId = notification.nomination.id;
    if (!(await mayViewNomination(ctx, nominationId))) return null;
    return ctx.loaders.byId(Nomination).load(nominationId);
  }
}

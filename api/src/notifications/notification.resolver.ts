import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Notification } from './notification.entity.js';
import { markNotificationsRead, notificationsOf } from './notification.service.js';

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

  @FieldResolver(() => Nomination)
  nomination(@Root() notification: Notification, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Nomination).load(notification.nomination.id);
  }
}

import type { EntityManager } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { Organization } from '../organizations/organization.entity.js';
import { SignInResult, toAccount, ViewerProfile } from './auth.types.js';
import { changePassword, signIn, signOut } from './session.service.js';
import { User } from './user.entity.js';
import type { Viewer } from './viewer.js';

async function profileOf(em: EntityManager, user: User): Promise<ViewerProfile> {
  const organization = user.organization
    ? await em.findOne(Organization, { id: user.organization.id })
    : null;
  return { ...toAccount(user), organization };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => SignInResult)
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() { em, signInGuard, clientAddress, sessionCookie }: RequestContext,
  ): Promise<SignInResult> {
    const { token, user, expiresAt } = await signIn(em, signInGuard, { email, password, clientAddress });
    sessionCookie.set(token, expiresAt);
    return { token, expiresAt, viewer: await profileOf(em, user) };
  }

  @Authorized()
  @Mutation(() => SignInResult, {
    description: 'changes the password, ends every session of the account and opens a new one',
  })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() { em, events, viewer, sessionCookie }: RequestContext,
  ): Promise<SignInResult> {
    const { token, user, expiresAt } = await changePassword(em, viewer as Viewer, {
      current: currentPassword,
      next: newPassword,
    });
    events.publish('SESSIONS_ENDED', { userId: user.id });
    sessionCookie.set(token, expiresAt);
    return { token, expiresAt, viewer: await profileOf(em, user) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'ends the session the request came with' })
  async logout(@Ctx() { em, events, token, viewer, sessionCookie }: RequestContext): Promise<boolean> {
    if (token && viewer) {
      await signOut(em, viewer, token);
      events.publish('SESSIONS_ENDED', { userId: viewer.userId });
    }
    sessionCookie.clear();
    return true;
  }

  @Query(() => ViewerProfile, { nullable: true, description: 'the signed-in user, or null' })
  async viewer(@Ctx() { em, viewer }: RequestContext): Promise<ViewerProfile | null> {
    if (!viewer) return null;
    return profileOf(em, await em.findOneOrFail(User, { id: viewer.userId }));
  }
}

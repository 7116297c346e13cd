import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { createAccount, setAccountDisabled } from './account.service.js';
import { Account, CreatedAccount, toAccount } from './auth.types.js';
import { Role } from './role.js';
import type { Viewer } from './viewer.js';

/** The secretariat's management of nominators' and experts' accounts. */
@Resolver()
export class AccountResolver {
  @Authorized(Role.SECRETARIAT)
  @Mutation(() => CreatedAccount)
  async createAccount(
    @Arg('email', () => String) email: string,
    @Arg('displayName', () => String) displayName: string,
    @Arg('role', () => Role) role: Role,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() { em, viewer }: RequestContext,
  ): Promise<CreatedAccount> {
    const { user, initialPassword } = await createAccount(em, viewer as Viewer, {
      email,
      displayName,
      role,
      organizationId,
    });
    return { account: toAccount(user), initialPassword };
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Account, { description: 'a disabled account cannot sign in; its sessions end at once' })
  async setAccountDisabled(
    @Arg('id', () => ID) id: string,
    @Arg('isDisabled', () => Boolean) isDisabled: boolean,
    @Ctx() { em, events, viewer }: RequestContext,
  ): Promise<Account> {
    const user = await setAccountDisabled(em, viewer as Viewer, id, isDisabled);
    // Committed: open subscriptions of the account are closed on every instance.
    if (isDisabled) events.publish('SESSIONS_ENDED', { userId: user.id });
    return toAccount(user);
  }
}

import type { Path, To } from 'react-router';

export const loginPath = '/login';

/** Router state of the sign-in page: the page the user was going to when sent there. */
interface SignInRedirectState {
  from: Pick<Path, 'pathname' | 'search' | 'hash'>;
}

export function signInRedirectState({ pathname, search, hash }: Path): SignInRedirectState {
  return { from: { pathname, search, hash } };
}

/** Where a successful sign-in leads: back to the interrupted page, else the fallback. */
export function pathAfterSignIn(state: unknown, fallback: To): To {
  const from = (state as Partial<SignInRedirectState> | null)?.from;
  const isPageOfTheApp = typeof from?.pathname === 'string' && from.pathname !== loginPath;
  return isPageOfTheApp ? from : fallback;
}

import type { Path, To } from 'react-router';
import type { SessionEnd } from './session';

export const loginPath = '/login';

/** Router state of the sign-in page: why the user was sent there, and the page to go back to. */
interface SignInRedirectState {
  end: SessionEnd;
  from?: Pick<Path, 'pathname' | 'search' | 'hash'>;
}

export function signInRedirectState(end: SessionEnd, { pathname, search, hash }: Path): SignInRedirectState {
  // Whoever signs out on purpose starts afresh at the next sign-in, which may well be someone else's.
  if (end === 'signedOut') return { end };
  return { end, from: { pathname, search, hash } };
}

/** Why the user is on the sign-in page, if the app sent them there. */
export function sessionEndOf(state: unknown): SessionEnd | undefined {
  return (state as Partial<SignInRedirectState> | null)?.end;
}

/** Where a successful sign-in leads: back to the interrupted page, else the fallback. */
export function pathAfterSignIn(state: unknown, fallback: To): To {
  const from = (state as Partial<SignInRedirectState> | null)?.from;
  const isPageOfTheApp = typeof from?.pathname === 'string' && from.pathname !== loginPath;
  return isPageOfTheApp ? from : fallback;
}

import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useHasSession } from './session';
import { loginPath, signInRedirectState } from './sign-in-redirect';

/**
 * Shows its children to a signed-in user only; anyone else goes to the sign-in page, which brings them
 * back here. It follows the session, so a session dropped on the way (sign-out, a token the server
 * refused) leads there too.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const hasSession = useHasSession();
  const location = useLocation();
  if (!hasSession) return <Navigate to={loginPath} replace state={signInRedirectState(location)} />;
  return children;
}

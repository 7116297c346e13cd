import { useQuery } from '@apollo/client/react';
import { Button, Result, Spin } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { hasErrorCode } from '../app/graphql-errors';
import { sessionRefused, useSessionEnd } from './session';
import { loginPath, signInRedirectState } from './sign-in-redirect';
import { ViewerContext, viewerQuery } from './viewer';

/**
 * Shows its children to a signed-in user only, as the server knows them (`viewer`); anyone else goes to the
 * sign-in page, which brings them back here. It follows the session, so a session that ends on the way
 * (sign-out here or in another tab, a cookie the server refused) leads there too.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation('auth');
  const sessionEnd = useSessionEnd();
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(viewerQuery, { skip: sessionEnd !== null });
  const isRefused = (data !== undefined && data.viewer === null) || hasErrorCode(error, 'UNAUTHENTICATED');

  useEffect(() => {
    if (isRefused) void sessionRefused();
  }, [isRefused]);

  if (sessionEnd)
    return <Navigate to={loginPath} replace state={signInRedirectState(sessionEnd, location)} />;
  if (error && !isRefused) {
    return (
      <Result
        status="warning"
        title={t('viewerFailed')}
        subTitle={error.message}
        extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
      />
    );
  }
  if (loading || !data?.viewer) return <Spin fullscreen />;
  return <ViewerContext value={data.viewer}>{children}</ViewerContext>;
}

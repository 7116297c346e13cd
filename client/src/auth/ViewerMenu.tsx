import { LogoutOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Button, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { forgetSession } from './session';
import { loginPath } from './sign-in-redirect';

const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      roles
    }
  }
`);

const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** The signed-in user in the page header: name, roles and the way out. */
export function ViewerMenu() {
  const { t } = useTranslation('auth');
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data } = useQuery(viewerQuery);
  const [logout, { loading: isSigningOut }] = useMutation(logoutMutation);
  const viewer = data?.viewer;

  // No viewer for our token: the server has ended the session (revoked, expired), so the stored one is stale.
  useEffect(() => {
    if (data && !data.viewer) forgetSession();
  }, [data]);

  async function signOut() {
    // Ending the session on the server makes the token worthless even if it was copied. If it had ended
    // already, the user is signed out all the same.
    await logout().catch(() => undefined);
    // Leave the signed-in pages first, so the route guard does not remember this one as the way back.
    await navigate(loginPath, { replace: true, flushSync: true });
    forgetSession();
    await client.clearStore();
  }

  return (
    <Space size="middle">
      {viewer && (
        <Space size="small">
          <Typography.Text style={{ color: '#fff' }}>{viewer.displayName}</Typography.Text>
          {viewer.roles.map((role) => (
            <Tag key={role} color="blue">
              {t(`role.${role}`)}
            </Tag>
          ))}
        </Space>
      )}
      <Button icon={<LogoutOutlined />} loading={isSigningOut} onClick={signOut}>
        {t('signOut')}
      </Button>
    </Space>
  );
}

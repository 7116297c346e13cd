import { LogoutOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { endSession } from './session';
import { useViewer } from './viewer';

const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** The signed-in user in the page header: name, roles and the way out. */
export function ViewerMenu() {
  const { t } = useTranslation('auth');
  const viewer = useViewer();
  const [logout, { loading: isSigningOut }] = useMutation(logoutMutation);

  async function signOut() {
    // The server ends the session and clears the cookie. If it had ended already, the user is signed out
    // all the same.
    await logout().catch(() => undefined);
    await endSession('signedOut');
  }

  return (
    <Space size="middle">
      <Space size="small">
        <Typography.Text style={{ color: '#fff' }}>{viewer.displayName}</Typography.Text>
        {viewer.roles.map((role) => (
          <Tag key={role} color="blue">
            {t(`role.${role}`)}
          </Tag>
        ))}
      </Space>
      <Button icon={<LogoutOutlined />} loading={isSigningOut} onClick={signOut}>
        {t('signOut')}
      </Button>
    </Space>
  );
}

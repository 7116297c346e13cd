import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { startPath } from '../app/features';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { rememberSession } from './session';
import { pathAfterSignIn } from './sign-in-redirect';

const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);

interface Credentials {
  email: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation(['auth', 'app']);
  const client = useApolloClient();
  const navigate = useNavigate();
  const { state } = useLocation();
  const [login, { loading: isSigningIn, error }] = useMutation(loginMutation);

  async function signIn(credentials: Credentials) {
    // A refused sign-in is shown from the mutation's error below.
    const result = await login({ variables: credentials }).catch(() => undefined);
    if (!result?.data) return;
    const { token, expiresAt } = result.data.login;
    rememberSession({ token, expiresAt });
    // Nothing cached for the previous user (or for nobody) may be shown to this one.
    await client.resetStore();
    await navigate(pathAfterSignIn(state, startPath), { replace: true });
  }

  return (
    <Flex vertical align="center" justify="center" gap="large" style={{ minHeight: '100vh', padding: 24 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('app:platformName')}
      </Typography.Title>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        {error && (
          <Alert
            type="error"
            showIcon
            title={t('signInFailed')}
            description={error.message}
            style={{ marginBottom: 24 }}
          />
        )}
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={signIn}>
          <Form.Item
            name="email"
            label={t('email')}
            rules={[
              { required: true, message: t('emailRequired') },
              { type: 'email', message: t('emailInvalid') },
            ]}
          >
            <Input type="email" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('password')}
            rules={[{ required: true, message: t('passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={isSigningIn}>
            {t('submit')}
          </Button>
        </Form>
      </Card>
      <LanguageSwitch />
    </Flex>
  );
}

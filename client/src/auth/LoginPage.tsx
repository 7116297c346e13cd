import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { beginSession } from './session';
import { pathAfterSignIn, sessionEndOf } from './sign-in-redirect';

// The token is not asked for: the server sets the session cookie, which scripts cannot read.
const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
    }
  }
`);

interface Credentials {
  email: string;
  password: string;
}

const noticeStyle = { marginBottom: 24 };

/** Why the user was sent here, when it is worth saying. */
function SessionEndNotice({ state }: { state: unknown }) {
  const { t } = useTranslation('auth');
  const end = sessionEndOf(state);
  if (end === 'expired')
    return <Alert type="warning" showIcon title={t('sessionExpired')} style={noticeStyle} />;
  if (end === 'signedOutElsewhere') {
    return <Alert type="info" showIcon title={t('signedOutElsewhere')} style={noticeStyle} />;
  }
  return null;
}

export function LoginPage() {
  const { t } = useTranslation(['auth', 'app']);
  const navigate = useNavigate();
  const { state } = useLocation();
  const [login, { loading: isSigningIn, error, reset }] = useMutation(loginMutation);

  async function signIn(credentials: Credentials) {
    // A refused sign-in is shown from the mutation's error below.
    const result = await login({ variables: credentials }).catch(() => undefined);
    if (!result?.data) return;
    await beginSession(result.data.login.expiresAt);
    // The start page is the home of the user's role (the index route decides).
    await navigate(pathAfterSignIn(state, '/'), { replace: true });
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
        {error ? (
          <Alert
            type="error"
            showIcon
            title={t('signInFailed')}
            description={error.message}
            style={noticeStyle}
          />
        ) : (
          <SessionEndNotice state={state} />
        )}
        {/* A refusal answers the attempt that was sent: it goes once the user changes what was typed. */}
        <Form<Credentials>
          layout="vertical"
          requiredMark={false}
          onFinish={signIn}
          onValuesChange={() => error && reset()}
        >
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

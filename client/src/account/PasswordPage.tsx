import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, App, Button, Card, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../app/graphql-errors';
import { PageHeading } from '../app/PageHeading';
import { renewSession } from '../auth/session';

const changePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      expiresAt
    }
  }
`);

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

// The server's first rule, checked here too so that the commonest mistake is named in the UI language; the
// server checks it again with the others (strength, not the email or name).
const minimumLength = 10;

// The arguments of changePassword, which the server names in its errors, are the form's fields.
const serverCheckedFields = ['currentPassword', 'newPassword'] as const;

/** Changing one's password ends every other session of the account; this browser gets a fresh one. */
export function PasswordPage() {
  const { t } = useTranslation('account');
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordChange>();
  const [changePassword, { loading, error }] = useMutation(changePasswordMutation);
  const fieldErrors = fieldErrorsOf(error, serverCheckedFields);

  async function submit({ currentPassword, newPassword }: PasswordChange) {
    const result = await changePassword({ variables: { currentPassword, newPassword } }).catch((refusal) => {
      form.setFields(fieldErrorsOf(refusal, serverCheckedFields));
      return undefined;
    });
    if (!result?.data) return;
    await renewSession(result.data.changePassword.expiresAt);
    form.resetFields();
    void message.success(t('changed'));
  }

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 480 }}>
      <PageHeading title={t('title')} intro={t('intro')} />
      <Card>
        {error && fieldErrors.length === 0 && (
          <Alert
            type="error"
            showIcon
            title={t('failed')}
            description={error.message}
            style={{ marginBottom: 24 }}
          />
        )}
        <Form<PasswordChange> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item
            name="currentPassword"
            label={t('currentPassword')}
            rules={[{ required: true, message: t('currentPasswordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('newPassword')}
            extra={t('newPasswordRules', { count: minimumLength })}
            rules={[
              { required: true, message: t('newPasswordRequired') },
              { min: minimumLength, message: t('newPasswordTooShort', { count: minimumLength }) },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmation"
            label={t('confirmation')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('confirmationRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('confirmationMismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}

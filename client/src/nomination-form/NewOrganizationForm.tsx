import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Button, Flex, Form, Input, Space, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../app/graphql-errors';

const recordOrganizationMutation = graphql(`
  mutation RecordCompletingOrganization($creditCode: String!, $name: String!) {
    recordCompletingOrganization(creditCode: $creditCode, name: $name) {
      id
      name
      creditCode
    }
  }
`);

interface NewOrganization {
  creditCode: string;
  name: string;
}

/**
 * A completing organization the platform does not know yet, added by its unified social credit code:
 * the server checks the code to its check character (its refusal is shown beside the field), and gives the
 * organization on record when it knows the code. The organization then joins the list of the form.
 *
 * It sits inside the nomination form, and a <form> cannot hold another: this one has no element of its own
 * (`component={false}`), and its button and Enter send it by hand, so nothing submits the page's form.
 */
export function NewOrganizationForm({ onAdded }: { onAdded: (organizationId: string) => void }) {
  const { t } = useTranslation('nominationForm');
  const [form] = Form.useForm<NewOrganization>();
  const [record, { loading }] = useMutation(recordOrganizationMutation, {
    refetchQueries: ['OrganizationChoices'],
    awaitRefetchQueries: true,
  });
  const submit = async (values: NewOrganization) => {
    try {
      const { data } = await record({ variables: values });
      if (!data) return;
      onAdded(data.recordCompletingOrganization.id);
      form.resetFields();
    } catch (error) {
      form.setFields(fieldErrorsOf(error, ['creditCode', 'name'] as const));
    }
  };
  const submitOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    event.preventDefault();
    form.submit();
  };
  return (
    <Form form={form} component={false} onFinish={submit}>
      <Flex vertical gap="small" style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('organization.notListed')}</Typography.Text>
        <Space wrap align="start">
          {/* The code's rule (GB 32100, its check character) is the server's; it answers beside the field. */}
          <Form.Item
            name="creditCode"
            rules={[{ required: true, whitespace: true, message: t('organization.creditCodeRule') }]}
          >
            <Input
              aria-label={t('organization.creditCode')}
              placeholder={t('organization.creditCode')}
              maxLength={18}
              onPressEnter={submitOnEnter}
            />
          </Form.Item>
          <Form.Item
            name="name"
            rules={[{ required: true, whitespace: true, message: t('organization.nameRequired') }]}
          >
            <Input
              aria-label={t('organization.name')}
              placeholder={t('organization.name')}
              maxLength={200}
              onPressEnter={submitOnEnter}
            />
          </Form.Item>
          <Button loading={loading} onClick={() => form.submit()}>
            {t('organization.record')}
          </Button>
        </Space>
      </Flex>
    </Form>
  );
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Button, Form, Input, Space, Typography } from 'antd';
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
 * the server checks the code to its check character, and gives the organization on record when it knows
 * the code. The organization then joins the list of the form.
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
  return (
    <Form form={form} layout="inline" onFinish={submit} style={{ marginTop: 12 }}>
      <Typography.Text type="secondary" style={{ width: '100%', marginBottom: 8 }}>
        {t('organization.notListed')}
      </Typography.Text>
      <Space wrap align="start">
        <Form.Item
          name="creditCode"
          rules={[{ required: true, len: 18, message: t('organization.creditCodeRule') }]}
        >
          <Input
            aria-label={t('organization.creditCode')}
            placeholder={t('organization.creditCode')}
            maxLength={18}
          />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, message: t('organization.nameRequired') }]}>
          <Input aria-label={t('organization.name')} placeholder={t('organization.name')} maxLength={200} />
        </Form.Item>
        <Button htmlType="submit" loading={loading}>
          {t('organization.record')}
        </Button>
      </Space>
    </Form>
  );
}

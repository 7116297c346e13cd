import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { ObjectionStatus } from '@award/schema/generated/graphql';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ObjectionRow } from './use-objections';

const resolveObjectionMutation = graphql(`
  mutation ResolveObjection($id: ID!, $status: ObjectionStatus!, $resolution: String!) {
    resolveObjection(id: $id, status: $status, resolution: $resolution) {
      ...ObjectionRow
    }
  }
`);

// What an answer may say; which of them the objection's state allows is the server's state machine to decide.
const outcomes = [
  ObjectionStatus.Investigating,
  ObjectionStatus.Upheld,
  ObjectionStatus.Dismissed,
  ObjectionStatus.Refused,
];

interface Values {
  status: ObjectionStatus;
  resolution: string;
}

/** Investigate, uphold, dismiss or refuse an objection, with a written answer. */
export function ResolveObjectionDialog({
  objection,
  onClose,
}: {
  objection: ObjectionRow;
  onClose: () => void;
}) {
  const { t } = useTranslation('closing');
  const [form] = Form.useForm<Values>();
  const [resolve, { loading, error }] = useMutation(resolveObjectionMutation, {
    refetchQueries: ['Objections'],
  });
  const title = t('objections.resolveTitle', { code: objection.nomination.code });
  const send = async (values: Values) => {
    await resolve({ variables: { id: objection.id, ...values } });
    onClose();
  };
  return (
    <Modal
      open
      title={title}
      okText={t('objections.resolve')}
      okButtonProps={{ loading }}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error && <Alert type="error" showIcon role="alert" title={t('refused')} description={error.message} />}
      <Form form={form} layout="vertical" aria-label={title} onFinish={(v) => send(v).catch(() => {})}>
        <Form.Item
          name="status"
          label={t('objections.newStatus')}
          rules={[
            { required: true, message: t('objections.required', { field: t('objections.newStatus') }) },
          ]}
        >
          <Radio.Group
            options={outcomes.map((value) => ({ value, label: t(`objections.status.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="resolution"
          label={t('objections.resolution')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('objections.required', { field: t('objections.resolution') }),
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

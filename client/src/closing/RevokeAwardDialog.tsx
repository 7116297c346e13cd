import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

const revokeAwardMutation = graphql(`
  mutation RevokeAward($nominationId: ID!, $reason: String!) {
    revokeAward(nominationId: $nominationId, reason: $reason) {
      id
      status
    }
  }
`);

interface RevokeAwardDialogProps {
  nominationId: string;
  code: string;
  onClose: () => void;
}

/** The chair revokes an approved award (fraud found), with the reason the final list then publishes. */
export function RevokeAwardDialog({ nominationId, code, onClose }: RevokeAwardDialogProps) {
  const { t } = useTranslation('closing');
  const [form] = Form.useForm<{ reason: string }>();
  const [revoke, { loading, error }] = useMutation(revokeAwardMutation, {
    refetchQueries: ['FinalList'],
    awaitRefetchQueries: true,
  });
  const title = t('approval.revokeTitle', { code });
  const send = async ({ reason }: { reason: string }) => {
    await revoke({ variables: { nominationId, reason: reason.trim() } });
    onClose();
  };
  return (
    <Modal
      open
      title={title}
      okText={t('approval.revoke')}
      okButtonProps={{ danger: true, loading }}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon title={t('approval.revokeIntro')} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon role="alert" title={t('refused')} description={error.message} />}
      <Form form={form} layout="vertical" aria-label={title} onFinish={(v) => send(v).catch(() => {})}>
        <Form.Item
          name="reason"
          label={t('approval.reason')}
          rules={[{ required: true, whitespace: true, message: t('approval.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

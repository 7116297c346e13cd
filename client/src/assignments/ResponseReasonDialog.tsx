import type { AssignmentResponse } from '@award/schema/generated/graphql';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

// The API's limit on a reason (assignment-response.service.ts).
const reasonMaxLength = 500;

interface ResponseReasonDialogProps {
  response: typeof AssignmentResponse.Decline | typeof AssignmentResponse.Recuse;
  code?: string;
  isSending: boolean;
  onCancel: () => void;
  onSend: (reason: string) => void;
}

/** Asks why the expert declines or recuses itself; a recusal is final, and says so before it is sent. */
export function ResponseReasonDialog({
  response,
  code,
  isSending,
  onCancel,
  onSend,
}: ResponseReasonDialogProps) {
  const { t } = useTranslation('assignments');
  const [form] = Form.useForm<{ reason: string }>();
  const title = t(`respond.title.${response}`, { code: code ?? '' });
  return (
    <Modal
      open
      title={title}
      okText={t(`respond.${response}`)}
      okButtonProps={{ danger: response === 'RECUSE', loading: isSending }}
      cancelText={t('respond.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
    >
      {/* A recusal is recorded as a declared conflict: nobody can assign the nomination to the expert again. */}
      {response === 'RECUSE' && (
        <Alert type="warning" showIcon title={t('respond.recuseWarning')} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" aria-label={title} onFinish={({ reason }) => onSend(reason.trim())}>
        <Form.Item
          name="reason"
          label={t('respond.reason')}
          rules={[{ required: true, whitespace: true, message: t('respond.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={reasonMaxLength} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

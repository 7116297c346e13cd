import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

const reopenScoreSheetMutation = graphql(`
  mutation ReopenScoreSheet($id: ID!, $reason: String!) {
    reopenScoreSheet(id: $id, reason: $reason) {
      id
      status
      total
    }
  }
`);

// A reason is a few sentences; the audit trail keeps it whole.
const reasonMaxLength = 500;

interface ReopenSheetDialogProps {
  sheetId: string;
  expert: string;
  onClose: (isReopened: boolean) => void;
}

/** The chair sends a submitted sheet back to its expert, with the reason recorded on the sheet's history. */
export function ReopenSheetDialog({ sheetId, expert, onClose }: ReopenSheetDialogProps) {
  const { t } = useTranslation('chairConsole');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [reopen, { loading, error }] = useMutation(reopenScoreSheetMutation);
  const title = t('drillDown.reopenTitle', { expert });
  const send = async ({ reason }: { reason: string }) => {
    await reopen({ variables: { id: sheetId, reason: reason.trim() } });
    void message.success(t('drillDown.reopened'));
    onClose(true);
  };
  return (
    <Modal
      open
      title={title}
      okText={t('drillDown.reopenConfirm')}
      okButtonProps={{ danger: true, loading }}
      cancelText={t('drillDown.reopenCancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Alert type="info" showIcon title={t('drillDown.reopenIntro')} style={{ marginBottom: 16 }} />
      {error && (
        <Alert type="error" showIcon title={t('drillDown.reopenFailed')} description={error.message} />
      )}
      <Form
        form={form}
        layout="vertical"
        aria-label={title}
        onFinish={(values) => send(values).catch(() => {})}
      >
        <Form.Item
          name="reason"
          label={t('drillDown.reopenReason')}
          rules={[{ required: true, whitespace: true, message: t('drillDown.reopenReasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={reasonMaxLength} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { awardTimeZone } from '../app/time';
import { instantOfZonedPick, zonedPick } from '../app/zoned-time';

const extendReviewDeadlineMutation = graphql(`
  mutation ExtendReviewDeadline($assignmentIds: [ID!]!, $until: DateTimeISO!, $reason: String!) {
    extendReviewDeadline(assignmentIds: $assignmentIds, until: $until, reason: $reason) {
      id
      effectiveDeadline
    }
  }
`);

// The audit trail keeps the reason whole; a few sentences say why a reviewer needs more time.
const reasonMaxLength = 500;
const weekMs = 7 * 86_400_000;

interface ExtendDeadlineDialogProps {
  /** The reviews to give more time to. */
  assignmentIds: string[];
  /** Whose reviews, for the title: one expert's name, or none for every overdue review. */
  expert?: string;
  onClose: () => void;
}

interface ExtendForm {
  until: Dayjs;
  reason: string;
}

/**
 * The chair moves reviews' deadlines later (the API refuses a past time and an empty reason). The picker
 * shows and takes the cycle's zone, Beijing time, whatever the browser's own zone is.
 */
export function ExtendDeadlineDialog({ assignmentIds, expert, onClose }: ExtendDeadlineDialogProps) {
  const { t } = useTranslation('chairConsole');
  const { message } = App.useApp();
  const [form] = Form.useForm<ExtendForm>();
  const [extend, { loading, error }] = useMutation(extendReviewDeadlineMutation);
  const title = expert
    ? t('experts.extendTitle', { name: expert, count: assignmentIds.length })
    : t('experts.extendAllTitle', { count: assignmentIds.length });
  const send = async ({ until, reason }: ExtendForm) => {
    await extend({
      variables: { assignmentIds, until: instantOfZonedPick(until, awardTimeZone), reason: reason.trim() },
    });
    void message.success(t('experts.extended', { count: assignmentIds.length }));
    onClose();
  };
  const now = zonedPick(new Date().toISOString(), awardTimeZone);
  return (
    <Modal
      open
      title={title}
      okText={t('experts.extendConfirm')}
      okButtonProps={{ loading }}
      cancelText={t('experts.extendCancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error && <Alert type="error" showIcon title={t('experts.extendFailed')} description={error.message} />}
      <Form
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={{
          until: zonedPick(new Date(Date.now() + weekMs).toISOString(), awardTimeZone)
            .hour(17)
            .minute(0)
            .second(0),
        }}
        onFinish={(values) => send(values).catch(() => {})}
      >
        <Form.Item
          name="until"
          label={t('experts.extendUntil')}
          extra={t('experts.extendZone')}
          rules={[{ required: true, message: t('experts.extendUntilRequired') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            // "Now" would be the browser's clock, not Beijing time.
            showNow={false}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(day) => day.isBefore(now, 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('experts.extendReason')}
          rules={[{ required: true, whitespace: true, message: t('experts.extendReasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={reasonMaxLength} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

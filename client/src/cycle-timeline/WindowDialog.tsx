import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, App, DatePicker, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../app/graphql-errors';
import { instantOfZonedPick, zonedPick } from '../app/zoned-time';
import type { CycleWindow } from '../cycles/cycle-window';

const setCycleWindowMutation = graphql(`
  mutation SetCycleWindow($cycleId: ID!, $kind: WindowKind!, $opensAt: DateTimeISO!, $closesAt: DateTimeISO!) {
    setCycleWindow(cycleId: $cycleId, kind: $kind, opensAt: $opensAt, closesAt: $closesAt) {
      id
      kind
      opensAt
      closesAt
    }
  }
`);

interface WindowTimes {
  opensAt: Dayjs;
  closesAt: Dayjs;
}

const timeFields = ['opensAt', 'closesAt'] as const;

const PICKED_FORMAT = 'YYYY-MM-DD HH:mm:ss';

interface WindowDialogProps {
  cycleId: string;
  timeZone: string;
  window: CycleWindow;
  onClose: () => void;
}

/** Moves one window: both ends picked in the cycle's zone, to the second, checked by the server on save. */
export function WindowDialog({ cycleId, timeZone, window, onClose }: WindowDialogProps) {
  const { t } = useTranslation(['cycleTimeline', 'cycles']);
  const { message } = App.useApp();
  const [form] = Form.useForm<WindowTimes>();
  const [setCycleWindow, { loading, error }] = useMutation(setCycleWindowMutation);
  const windowName = t(`cycles:window.${window.kind}`);

  async function save({ opensAt, closesAt }: WindowTimes) {
    try {
      await setCycleWindow({
        variables: {
          cycleId,
          kind: window.kind,
          opensAt: instantOfZonedPick(opensAt, timeZone),
          closesAt: instantOfZonedPick(closesAt, timeZone),
        },
      });
    } catch (failure) {
      form.setFields(fieldErrorsOf(failure, timeFields));
      return;
    }
    void message.success(t('saved', { window: windowName }));
    onClose();
  }

  return (
    <Modal
      open
      title={t('editTitle', { window: windowName })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<WindowTimes>
        form={form}
        layout="vertical"
        initialValues={{
          opensAt: zonedPick(window.opensAt, timeZone),
          closesAt: zonedPick(window.closesAt, timeZone),
        }}
        onFinish={save}
      >
        <Typography.Paragraph type="secondary">{t('zoneHint', { timeZone })}</Typography.Paragraph>
        {error && fieldErrorsOf(error, timeFields).length === 0 && (
          <Alert type="error" showIcon title={t('failed', { message: error.message })} />
        )}
        {timeFields.map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(name)}
            rules={[{ required: true, message: t('required') }]}
          >
            {/* To the second: the windows are measured to the second (award-rules.md). */}
            <DatePicker showTime format={PICKED_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

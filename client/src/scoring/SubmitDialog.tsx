import type { Grade } from '@award/schema/generated/graphql';
import { Alert, Descriptions, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface SubmitDialogProps {
  open: boolean;
  total: number;
  maxTotal: number;
  grade: Grade | null | undefined;
  isSubmitting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The last look before the sheet is locked: the total and the grade, and that there is no going back. */
export function SubmitDialog({
  open,
  total,
  maxTotal,
  grade,
  isSubmitting,
  onConfirm,
  onCancel,
}: SubmitDialogProps) {
  const { t } = useTranslation(['scoring', 'nominations']);
  return (
    <Modal
      open={open}
      title={t('submit.title')}
      okText={t('submit.confirm')}
      cancelText={t('submit.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={isSubmitting}
      onOk={onConfirm}
      onCancel={onCancel}
    >
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'total', label: t('submit.total'), children: t('sheet.totalOf', { total, max: maxTotal }) },
          {
            key: 'grade',
            label: t('submit.grade'),
            children: grade ? t(`nominations:grade.${grade}`) : t('submit.noGrade'),
          },
        ]}
      />
      <Alert type="warning" showIcon title={t('submit.irreversible')} style={{ marginTop: 16 }} />
    </Modal>
  );
}

import type { NominationStatus } from '@award/schema/generated/graphql';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Colours group the stages: in progress (blue family), needs the nominator (orange), final (green/red/grey).
const statusColors: Record<NominationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  ACCEPTED: 'cyan',
  PRELIMINARY_REVIEW: 'blue',
  RE_REVIEW: 'geekblue',
  PUBLICITY: 'purple',
  APPROVED: 'success',
  NOT_AWARDED: 'default',
  WITHDRAWN: 'default',
  REVOKED: 'error',
};

export function NominationStatusTag({ status }: { status: NominationStatus }) {
  const { t } = useTranslation('nominations');
  return <Tag color={statusColors[status]}>{t(`status.${status}`)}</Tag>;
}

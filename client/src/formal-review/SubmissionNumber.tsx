import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Which submission this is: a resubmission after a return is checked against the reasons it was returned for. */
export function SubmissionNumber({ number }: { number: number }) {
  const { t } = useTranslation('formalReview');
  return number > 1 ? (
    <Tag color="warning">{t('queue.resubmission', { number })}</Tag>
  ) : (
    <Tag>{t('queue.firstSubmission')}</Tag>
  );
}

import type { TransitionTimelineItemFragment } from '@award/schema/generated/graphql';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { TransitionTimeline } from '../nominations/TransitionTimeline';

/** Every change of the nomination's state so far, the earlier returns with their reasons. */
export function ReviewHistory({ transitions }: { transitions: readonly TransitionTimelineItemFragment[] }) {
  const { t } = useTranslation('formalReview');
  return (
    <Card title={t('decision.history')} aria-label={t('decision.history')}>
      <TransitionTimeline transitions={transitions} />
    </Card>
  );
}

import { type AwardCategory, BallotStatus } from '@award/schema/generated/graphql';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BallotTable } from './BallotTable';
import { CloseBallotButton } from './CloseBallotButton';
import { LiveBadge } from './LiveBadge';
import { OpenBallotsForm } from './OpenBallotsForm';
import { useCycleBallots } from './use-cycle-ballots';

interface ReReviewDeskProps {
  cycleId: string;
  category: AwardCategory;
  /** The chair runs the meeting; the secretariat follows it, without the live feed the server keeps from it. */
  isChair: boolean;
}

/** The chair's re-review (复评): the nominations to vote on, then the category's ballots as they go. */
export function ReReviewDesk({ cycleId, category, isChair }: ReReviewDeskProps) {
  const { t } = useTranslation('reReview');
  const { ballots, error, loading, liveError } = useCycleBallots(cycleId, isChair);
  const shown = ballots.filter((ballot) => ballot.nomination.category === category);
  return (
    <Flex vertical gap="middle">
      {isChair && (
        <section aria-label={t('desk.candidatesTitle')}>
          <Typography.Title level={5}>{t('desk.candidatesTitle')}</Typography.Title>
          <OpenBallotsForm cycleId={cycleId} category={category} />
        </section>
      )}
      <Flex gap="middle" align="center" wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('desk.followTitle')}
        </Typography.Title>
        {isChair && <LiveBadge error={liveError} />}
      </Flex>
      <Typography.Text type="secondary">{t('desk.thresholds')}</Typography.Text>
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <BallotTable
        ariaLabel={t('desk.followTitle')}
        ballots={shown}
        isLoading={loading}
        emptyText={t('closed.empty')}
        actions={
          isChair
            ? (ballot) => (ballot.status === BallotStatus.Open ? <CloseBallotButton ballot={ballot} /> : null)
            : undefined
        }
      />
    </Flex>
  );
}

import { BallotStatus } from '@award/schema/generated/graphql';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BallotTable } from './BallotTable';
import { LiveBadge } from './LiveBadge';
import { useCycleBallots } from './use-cycle-ballots';
import { VoteButtons } from './VoteButtons';

/** A committee member's ballots: the open ones to vote on, then the closed ones with their counts. */
export function MemberBallots({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('reReview');
  const { ballots, error, loading, liveError } = useCycleBallots(cycleId);
  const open = ballots.filter((ballot) => ballot.status === BallotStatus.Open);
  const closed = ballots.filter((ballot) => ballot.status === BallotStatus.Closed);
  return (
    <Flex vertical gap="middle">
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <Flex gap="middle" align="center" wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('open.title')}
        </Typography.Title>
        <LiveBadge error={liveError} />
      </Flex>
      <Typography.Text type="secondary">{t('scoresHidden')}</Typography.Text>
      <BallotTable
        ariaLabel={t('open.title')}
        ballots={open}
        allBallots={ballots}
        isLoading={loading}
        emptyText={t('open.empty')}
        actions={(ballot) => <VoteButtons ballot={ballot} />}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('closed.title')}
      </Typography.Title>
      <BallotTable
        ariaLabel={t('closed.title')}
        ballots={closed}
        allBallots={ballots}
        isLoading={loading}
        emptyText={t('closed.empty')}
      />
    </Flex>
  );
}

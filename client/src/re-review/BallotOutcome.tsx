import { BallotStatus, type Grade } from '@award/schema/generated/graphql';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BallotRow } from './use-cycle-ballots';

/** How far a ballot has got: the votes cast while open; once closed, the counts and whether the grade passed. */
export function BallotVotes({ ballot }: { ballot: BallotRow }) {
  const { t } = useTranslation('reReview');
  if (ballot.status === BallotStatus.Open) {
    return (
      <span data-testid="votes-cast">
        {t('votesCast', { cast: ballot.votesCast, present: ballot.membersPresent })}
      </span>
    );
  }
  return (
    <span data-testid="vote-counts">
      {t('counts', { for: ballot.votesFor, against: ballot.votesAgainst, abstain: ballot.votesAbstain })}
    </span>
  );
}

/**
 * The ballot's state and result. `cascadedFrom` is the grade a previous ballot of the nomination failed:
 * the server opened this one at the next grade down (award-rules.md, Re-review).
 */
export function BallotResult({ ballot, cascadedFrom }: { ballot: BallotRow; cascadedFrom?: Grade }) {
  const { t } = useTranslation(['reReview', 'nominations']);
  const state =
    ballot.status === BallotStatus.Open ? (
      <Tag color="processing">{t('status.OPEN')}</Tag>
    ) : (
      <Tag color={ballot.isPassed ? 'success' : 'error'}>{ballot.isPassed ? t('passed') : t('failed')}</Tag>
    );
  return (
    <Space direction="vertical" size={0}>
      <span data-testid="ballot-result">{state}</span>
      {cascadedFrom && (
        <Typography.Text type="secondary">
          {t('cascaded', { grade: t(`nominations:grade.${cascadedFrom}`) })}
        </Typography.Text>
      )}
    </Space>
  );
}

/** For each ballot, the grade its nomination failed just before it, if it was opened by a cascade. */
export function cascadeSources(ballots: readonly BallotRow[]): Map<string, Grade> {
  const sources = new Map<string, Grade>();
  // The server lists a nomination's ballots together, highest grade first.
  ballots.forEach((ballot, index) => {
    const previous = ballots[index - 1];
    if (previous && previous.nomination.id === ballot.nomination.id && previous.isPassed === false)
      sources.set(ballot.id, previous.grade);
  });
  return sources;
}

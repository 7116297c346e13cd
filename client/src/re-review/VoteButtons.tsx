import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { VoteChoice } from '@award/schema/generated/graphql';
import { App, Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BallotRow } from './use-cycle-ballots';

const castVoteMutation = graphql(`
  mutation CastVote($ballotId: ID!, $choice: VoteChoice!) {
    castVote(ballotId: $ballotId, choice: $choice) {
      ...BallotRow
    }
  }
`);

const choices = [VoteChoice.For, VoteChoice.Against, VoteChoice.Abstain];

/**
 * A member's secret vote on an open ballot, confirmed first: a vote cannot be changed (award-rules.md,
 * Re-review). Once cast, only "voted" is shown; the choice is not kept on this page either.
 */
export function VoteButtons({ ballot }: { ballot: BallotRow }) {
  const { t } = useTranslation(['reReview', 'nominations']);
  const { modal, message } = App.useApp();
  const [castVote, { loading }] = useMutation(castVoteMutation);
  if (ballot.hasVoted) return <Tag color="success">{t('voted')}</Tag>;

  const confirm = (choice: VoteChoice) => {
    const grade = t(`nominations:grade.${ballot.grade}`);
    modal.confirm({
      title: t('confirmTitle', { code: ballot.nomination.code, choice: t(`choice.${choice}`) }),
      content: t('confirmBody', { grade }),
      okText: t('confirmOk'),
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await castVote({ variables: { ballotId: ballot.id, choice } });
          void message.success(t('voteDone'));
        } catch (error) {
          // The server's reason (voted already, ballot closed, not a member) in the viewer's language.
          void message.error(t('voteFailed', { message: (error as Error).message }));
        }
      },
    });
  };

  return (
    <Space wrap>
      {choices.map((choice) => (
        <Button
          key={choice}
          loading={loading}
          danger={choice === VoteChoice.Against}
          type={choice === VoteChoice.For ? 'primary' : 'default'}
          aria-label={`${t(`choice.${choice}`)} ${ballot.nomination.code}`}
          onClick={() => confirm(choice)}
        >
          {t(`choice.${choice}`)}
        </Button>
      ))}
    </Space>
  );
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BallotRow } from './use-cycle-ballots';

const closeBallotMutation = graphql(`
  mutation CloseBallot($ballotId: ID!) {
    closeBallot(ballotId: $ballotId) {
      ...BallotRow
    }
  }
`);

/** The chair closes an open ballot; the server counts it and, when the grade fails, opens the next one down. */
export function CloseBallotButton({ ballot }: { ballot: BallotRow }) {
  const { t } = useTranslation(['reReview', 'nominations']);
  const { message } = App.useApp();
  const [closeBallot, { loading }] = useMutation(closeBallotMutation, {
    refetchQueries: ['CycleBallots', 'BallotCandidates'],
  });
  const close = async () => {
    try {
      await closeBallot({ variables: { ballotId: ballot.id } });
    } catch (error) {
      void message.error(t('desk.closeFailed', { message: (error as Error).message }));
    }
  };
  return (
    <Popconfirm
      title={t('desk.closeConfirm', {
        code: ballot.nomination.code,
        grade: t(`nominations:grade.${ballot.grade}`),
        cast: ballot.votesCast,
        present: ballot.membersPresent,
      })}
      okText={t('desk.close')}
      cancelText={t('cancel')}
      onConfirm={close}
    >
      <Button danger loading={loading}>
        {t('desk.close')}
      </Button>
    </Popconfirm>
  );
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { AwardCategory } from '@award/schema/generated/graphql';
import { Button, Flex, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClosingStep } from './use-closing-step';

const startReReviewMutation = graphql(`
  mutation StartReReview($cycleId: ID!, $category: AwardCategory!) {
    startReReview(cycleId: $cycleId, category: $category) {
      id
      status
    }
  }
`);

/**
 * The end of preliminary review for a category: its ranking feeds re-review. The server refuses while a
 * review is still open, and says how many and which; the page shows that refusal as it is.
 */
export function StartReReview({ cycleId, category }: { cycleId: string; category: AwardCategory }) {
  const { t } = useTranslation('closing');
  const [start, { loading }] = useMutation(startReReviewMutation, {
    refetchQueries: ['BallotCandidates', 'CycleBallots'],
  });
  const { run, refusalAlert } = useClosingStep();
  return (
    <Flex vertical gap="small" align="start">
      <Typography.Text type="secondary">{t('startReReview.explain')}</Typography.Text>
      <Popconfirm
        title={t('startReReview.confirm')}
        onConfirm={() => void run(() => start({ variables: { cycleId, category } }), t('startReReview.done'))}
      >
        <Button loading={loading}>{t('startReReview.action')}</Button>
      </Popconfirm>
      {refusalAlert}
    </Flex>
  );
}

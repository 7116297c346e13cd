import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { TransitionTimeline } from '../nominations/TransitionTimeline';

const nominationHistoryQuery = graphql(`
  query NominationHistory($id: ID!) {
    nomination(id: $id) {
      id
      code
      projectName
      status
      transitions {
        ...TransitionTimelineItem
      }
    }
  }
`);

/**
 * Every change of a nomination's state: when, to what, and why; a return names what to correct section by
 * section. Never who reviewed it (award-rules.md, Blind review).
 */
export function NominationHistory({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation('nominatorPortal');
  const { data, error, loading } = useQuery(nominationHistoryQuery, { variables: { id: nominationId } });
  const nomination = data?.nomination;
  return (
    <Card
      size="small"
      title={nomination ? `${nomination.code} ${nomination.projectName}` : t('historyTitle')}
      aria-label={t('historyTitle')}
    >
      {error && <Alert type="error" showIcon title={t('historyFailed')} description={error.message} />}
      {loading && <Spin />}
      {nomination && <TransitionTimeline transitions={nomination.transitions} />}
    </Card>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { NominationStatus } from '@award/schema/generated/graphql';
import { Alert, Button, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../app/PageHeading';
import { NominationStatusTag } from '../nominations/NominationStatusTag';
import { DecisionPanel } from './DecisionPanel';
import { NominationRecord } from './NominationRecord';
import { queuePath } from './paths';

const formalReviewNominationQuery = graphql(`
  query FormalReviewNomination($id: ID!) {
    nomination(id: $id) {
      id
      code
      projectName
      category
      status
      version
      nominator {
        id
        name
      }
      ...NominationRecord
    }
  }
`);

/** The decision screen of formal review: the form as sent, its files and history, then accept or return. */
export function FormalReviewPage() {
  const { t } = useTranslation(['formalReview', 'nominations']);
  const { nominationId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(formalReviewNominationQuery, {
    variables: { id: nominationId },
    // What is judged must be what was sent last, not an earlier visit's copy.
    fetchPolicy: 'cache-and-network',
  });
  const [wasDecidedElsewhere, setDecidedElsewhere] = useState(false);
  const nomination = data?.nomination;

  const showCurrentState = () => {
    setDecidedElsewhere(true);
    void refetch();
  };

  return (
    <Flex vertical gap="middle">
      <Link to={queuePath}>
        <Button icon={<ArrowLeftOutlined />}>{t('decision.backToQueue')}</Button>
      </Link>
      <PageHeading
        title={nomination ? `${nomination.code} ${nomination.projectName}` : t('queue.title')}
        intro={
          nomination && `${t(`nominations:category.${nomination.category}`)} · ${nomination.nominator.name}`
        }
        extra={nomination && <NominationStatusTag status={nomination.status} />}
      />
      {error && <Alert type="error" showIcon title={t('decision.loadFailed')} description={error.message} />}
      {loading && !nomination && <Spin />}
      {wasDecidedElsewhere && <Alert type="warning" showIcon title={t('conflict')} />}
      {nomination && (
        <NominationRecord nomination={nomination}>
          {nomination.status === NominationStatus.Submitted ? (
            <DecisionPanel nomination={nomination} onConflict={showCurrentState} />
          ) : (
            <Alert
              type="info"
              showIcon
              title={t('decision.notSubmitted', { status: t(`nominations:status.${nomination.status}`) })}
            />
          )}
        </NominationRecord>
      )}
    </Flex>
  );
}

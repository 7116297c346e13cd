import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Button, Flex, List, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRetryKey } from '../app/retry-key';
import { NominationHistory } from '../nominator-portal/NominationHistory';

const submissionReadinessQuery = graphql(`
  query SubmissionReadiness($id: ID!) {
    nomination(id: $id) {
      id
      status
      version
      nextStep
      submissionReadiness {
        isReady
        missing
      }
    }
  }
`);

const submitNominationMutation = graphql(`
  mutation SubmitNomination($id: ID!, $version: Int!) {
    submitNomination(id: $id, version: $version) {
      id
      status
      version
      submittedAt
      nextStep
      submissionReadiness {
        isReady
        missing
      }
    }
  }
`);

interface SubmitStepProps {
  nominationId: string;
  isEditable: boolean;
  /** No change is waiting to be saved: what is submitted is what the user sees. */
  isSaved: boolean;
}

/** The filing flow's last step: what is still missing, then submission, which freezes the form. */
export function SubmitStep({ nominationId, isEditable, isSaved }: SubmitStepProps) {
  const { t } = useTranslation('nominationForm');
  const { data, error } = useQuery(submissionReadinessQuery, {
    variables: { id: nominationId },
    fetchPolicy: 'cache-and-network',
  });
  const [submit, submission] = useMutation(submitNominationMutation, {
    // The history gains its SUBMITTED entry; the form, read from the cache, turns read-only by the new status.
    refetchQueries: ['NominationHistory'],
  });
  const nomination = data?.nomination;
  const readiness = nomination?.submissionReadiness;
  const retryContext = useRetryKey();
  return (
    <Flex vertical gap="middle">
      {error && <Alert type="error" showIcon title={error.message} />}
      {nomination && (
        <Typography.Text strong>
          {t('submission.nextStep', { step: t(`nextStep.${nomination.nextStep}`) })}
        </Typography.Text>
      )}
      {readiness && isEditable && !readiness.isReady && (
        <Alert
          type="warning"
          showIcon
          title={t('submission.missing')}
          description={
            <List
              size="small"
              dataSource={readiness.missing}
              renderItem={(requirement) => <List.Item>{t(`requirement.${requirement}`)}</List.Item>}
            />
          }
        />
      )}
      {readiness?.isReady && isEditable && <Alert type="success" showIcon title={t('submission.ready')} />}
      {submission.error && <Alert type="error" showIcon title={submission.error.message} />}
      {nomination && isEditable && (
        <Popconfirm
          title={t('submission.confirmTitle')}
          description={<div style={{ maxWidth: 360 }}>{t('submission.confirmText')}</div>}
          onConfirm={() =>
            submit({
              variables: { id: nominationId, version: nomination.version },
              context: retryContext(`submit:${nominationId}:${nomination.version}`),
            }).catch(() => undefined)
          }
          disabled={!readiness?.isReady || !isSaved}
        >
          <Button
            type="primary"
            size="large"
            loading={submission.loading}
            disabled={!readiness?.isReady || !isSaved}
            title={isSaved ? undefined : t('submission.unsaved')}
          >
            {t('submission.submit')}
          </Button>
        </Popconfirm>
      )}
      <NominationHistory nominationId={nominationId} />
    </Flex>
  );
}

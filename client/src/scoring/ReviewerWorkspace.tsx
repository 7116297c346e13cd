import { Alert, Flex, Result, Spin, Splitter, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLanguage } from '../app/language';
import { PageHeading } from '../app/PageHeading';
import { formatInstant } from '../app/time';
import { NominationStatusTag } from '../nominations/NominationStatusTag';
import { NominationReader } from './NominationReader';
import { ScoreSheetPanel } from './ScoreSheetPanel';
import { useReviewAssignment } from './use-review-assignment';

const inboxPath = '/assignments';

// Both sides scroll on their own under the page heading, so the sheet stays beside the passage being read.
const paneHeight = 'calc(100vh - 190px)';

/** /review/:assignmentId: the expert reads the nomination on one side and scores it on the other. */
export function ReviewerWorkspace() {
  const { t } = useTranslation('scoring');
  const language = useLanguage();
  const { assignmentId = '' } = useParams();
  const { assignment, error, isLoading, reload } = useReviewAssignment(assignmentId);
  const nomination = assignment?.nomination;
  const intro = (
    <Flex gap="middle" wrap>
      <Link to={inboxPath}>{t('backToInbox')}</Link>
      {assignment?.effectiveDeadline && (
        <Typography.Text type="secondary">
          {t('dueAt', { at: formatInstant(assignment.effectiveDeadline, language) })}
        </Typography.Text>
      )}
    </Flex>
  );
  return (
    <Flex vertical gap="middle">
      <PageHeading
        title={nomination ? `${nomination.code} ${nomination.projectName}` : t('title')}
        extra={nomination && <NominationStatusTag status={nomination.status} />}
        intro={intro}
      />
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      {!error && isLoading && <Spin />}
      {!error && !isLoading && !assignment && <Result status="404" subTitle={t('notFound')} />}
      {assignment && !nomination && <Alert type="info" showIcon title={t('nominationHidden')} />}
      {assignment && nomination && (
        <Splitter style={{ height: paneHeight }}>
          <Splitter.Panel defaultSize="50%" min="25%" style={{ paddingRight: 12 }}>
            <NominationReader nominationId={nomination.id} />
          </Splitter.Panel>
          <Splitter.Panel min="30%" style={{ paddingLeft: 12 }}>
            <ScoreSheetPanel
              assignmentId={assignment.id}
              nomination={nomination}
              sheet={assignment.scoreSheet}
              reload={async () => (await reload())?.scoreSheet}
            />
          </Splitter.Panel>
        </Splitter>
      )}
    </Flex>
  );
}

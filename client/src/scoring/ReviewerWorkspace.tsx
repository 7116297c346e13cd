import { Alert, Flex, Result, Spin, Splitter, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLanguage } from '../app/language';
import { PageHeading } from '../app/PageHeading';
import { useIsNarrowerThan } from '../app/screen';
import { formatInstant } from '../app/time';
import { NominationStatusTag } from '../nominations/NominationStatusTag';
import { NominationReader } from './NominationReader';
import { ScoreSheetPanel } from './ScoreSheetPanel';
import { useReviewAssignment } from './use-review-assignment';

const inboxPath = '/assignments';

// Both sides scroll on their own under the page heading, so the sheet stays beside the passage being read.
const paneHeight = 'calc(100vh - 190px)';

interface WorkspacePanesProps {
  reader: ReactNode;
  sheet: ReactNode;
}

/**
 * The reader and the sheet side by side where there is room for both (from antd's xl, 1200 px); on a
 * narrower screen, a phone's, one above the other in the page's own scroll (issue 14).
 */
function WorkspacePanes({ reader, sheet }: WorkspacePanesProps) {
  const { t } = useTranslation('scoring');
  if (useIsNarrowerThan('xl')) {
    return (
      <Flex vertical gap="large">
        {reader}
        {sheet}
      </Flex>
    );
  }
  return (
    <Splitter style={{ height: paneHeight }}>
      <Splitter.Panel defaultSize="50%" min="25%" style={{ paddingRight: 12, overflow: 'hidden' }}>
        <ScrollingPane label={t('reader.title')}>{reader}</ScrollingPane>
      </Splitter.Panel>
      <Splitter.Panel min="30%" style={{ paddingLeft: 12, overflow: 'hidden' }}>
        <ScrollingPane label={t('sheet.title')}>{sheet}</ScrollingPane>
      </Splitter.Panel>
    </Splitter>
  );
}

/**
 * A side that scrolls on its own. It takes the keyboard's focus, so that a reader without a mouse can scroll
 * a read-only sheet, which has nothing else to focus (WCAG 2.1.1); named, so a screen reader says which side.
 */
function ScrollingPane({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section aria-label={label} tabIndex={0} style={{ height: '100%', overflow: 'auto' }}>
      {children}
    </section>
  );
}

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
        <WorkspacePanes
          reader={<NominationReader nominationId={nomination.id} />}
          sheet={
            <ScoreSheetPanel
              assignmentId={assignment.id}
              nomination={nomination}
              sheet={assignment.scoreSheet}
              reload={async () => (await reload())?.scoreSheet}
            />
          }
        />
      )}
    </Flex>
  );
}

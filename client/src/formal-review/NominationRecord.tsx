import { graphql } from '@award/schema/generated';
import type { NominationRecordFragment } from '@award/schema/generated/graphql';
import { Alert, Col, Flex, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FrozenForm } from './FrozenForm';
import { ReviewHistory } from './ReviewHistory';
import { SubmittedFiles } from './SubmittedFiles';

// What staff read of a nomination: its submissions (the form frozen as sent), its files and its history.
export const nominationRecordFragment = graphql(`
  fragment NominationRecord on Nomination {
    id
    submissions {
      id
      number
      nominationVersion
      content
      contentSha256
      submittedAt
    }
    files {
      ...NominationFileFields
    }
    transitions {
      ...TransitionTimelineItem
    }
  }
`);

interface NominationRecordProps {
  nomination: NominationRecordFragment;
  /** What the page adds above the files (formal review's decision). */
  children?: ReactNode;
}

/** The form as last sent beside its files and its history, as formal review and the staff's list open it. */
export function NominationRecord({ nomination, children }: NominationRecordProps) {
  const { t } = useTranslation('formalReview');
  const lastSubmission = nomination.submissions.at(-1);
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={15}>
        {lastSubmission ? (
          <FrozenForm submission={lastSubmission} />
        ) : (
          <Alert type="info" showIcon title={t('decision.noSubmission')} />
        )}
      </Col>
      <Col xs={24} xl={9}>
        <Flex vertical gap="middle">
          {children}
          <SubmittedFiles files={nomination.files} />
          <ReviewHistory transitions={nomination.transitions} />
        </Flex>
      </Col>
    </Row>
  );
}

import { graphql } from '@award/schema/generated';
import type { ReviewTransitionFragment } from '@award/schema/generated/graphql';
import { Card, Descriptions, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { NominationStatusTag } from '../nominations/NominationStatusTag';

export const reviewTransitionFragment = graphql(`
  fragment ReviewTransition on NominationTransition {
    id
    at
    fromStatus
    toStatus
    reason
    sectionReasons {
      section
      reason
    }
  }
`);

function Transition({ transition }: { transition: ReviewTransitionFragment }) {
  const { t } = useTranslation(['formalReview', 'nominationForm']);
  const language = useLanguage();
  const { sectionReasons } = transition;
  return (
    <Flex vertical gap={4} align="flex-start">
      <Flex gap="small" align="center">
        <NominationStatusTag status={transition.toStatus} />
        <Typography.Text type="secondary">{formatInstant(transition.at, language)}</Typography.Text>
      </Flex>
      {sectionReasons.length > 0 ? (
        // A return's reasons, section by section: a resubmission is checked against them.
        <Descriptions
          size="small"
          bordered
          column={1}
          title={t('decision.earlierReasons')}
          items={sectionReasons.map(({ section, reason }) => ({
            key: section,
            label: t(`nominationForm:step.${section}`),
            children: reason,
          }))}
        />
      ) : (
        transition.reason && (
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{transition.reason}</Typography.Text>
        )
      )}
    </Flex>
  );
}

/** Every change of the nomination's state so far, the earlier returns with their reasons. */
export function ReviewHistory({ transitions }: { transitions: readonly ReviewTransitionFragment[] }) {
  const { t } = useTranslation('formalReview');
  return (
    <Card title={t('decision.history')} aria-label={t('decision.history')}>
      <Timeline
        items={transitions.map((transition) => ({
          key: transition.id,
          content: <Transition transition={transition} />,
        }))}
      />
    </Card>
  );
}

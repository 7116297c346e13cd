import { graphql } from '@award/schema/generated';
import type { TransitionTimelineItemFragment } from '@award/schema/generated/graphql';
import { Descriptions, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { NominationStatusTag } from './NominationStatusTag';

export const transitionTimelineItemFragment = graphql(`
  fragment TransitionTimelineItem on NominationTransition {
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

function Transition({ transition }: { transition: TransitionTimelineItemFragment }) {
  const { t } = useTranslation(['nominations', 'nominationForm']);
  const language = useLanguage();
  const { sectionReasons } = transition;
  return (
    <Flex vertical gap={4} align="flex-start">
      <Flex gap="small" align="center">
        <NominationStatusTag status={transition.toStatus} />
        <Typography.Text type="secondary">{formatInstant(transition.at, language)}</Typography.Text>
      </Flex>
      {sectionReasons.length > 0 ? (
        // A return names what to correct section by section (its reason is the same, in one line).
        <Descriptions
          size="small"
          bordered
          column={1}
          title={t('transitions.sectionReasons')}
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

/**
 * Every change of a nomination's state: when, to what, and why. Never who decided it: the nominator sees
 * this too (award-rules.md, Blind review).
 */
export function TransitionTimeline({
  transitions,
}: {
  transitions: readonly TransitionTimelineItemFragment[];
}) {
  return (
    <Timeline
      items={transitions.map((transition) => ({
        key: transition.id,
        content: <Transition transition={transition} />,
      }))}
    />
  );
}

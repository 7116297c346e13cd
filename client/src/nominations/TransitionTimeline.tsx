import { graphql } from '@award/schema/generated';
import type {
  FormSection,
  Grade,
  TransitionNote,
  TransitionTimelineItemFragment,
} from '@award/schema/generated/graphql';
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
    note
    noteGrade
    sectionReasons {
      section
      reason
    }
  }
`);

/** The why of a change that the system wrote, as a code, in the reader's language. */
export function useTransitionNote(): (why: {
  note?: TransitionNote | null;
  noteGrade?: Grade | null;
}) => string {
  const { t } = useTranslation('nominations');
  return ({ note, noteGrade }) =>
    !note
      ? ''
      : noteGrade
        ? t('transitions.noteWithGrade', { note: t(`note.${note}`), grade: t(`grade.${noteGrade}`) })
        : t(`note.${note}`);
}

/** A return's reasons, section by section: each section by its label, each reason as its reviewer wrote it. */
export function SectionReasons({
  reasons,
}: {
  reasons: readonly { section: FormSection; reason: string }[];
}) {
  const { t } = useTranslation('nominations');
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('transitions.sectionReasons')}
      items={reasons.map(({ section, reason }) => ({
        key: section,
        label: t(`section.${section}`),
        children: reason,
      }))}
    />
  );
}

function Transition({ transition }: { transition: TransitionTimelineItemFragment }) {
  const language = useLanguage();
  const noteOf = useTransitionNote();
  const { sectionReasons } = transition;
  const note = noteOf(transition);
  return (
    <Flex vertical gap={4} align="flex-start">
      <Flex gap="small" align="center">
        <NominationStatusTag status={transition.toStatus} />
        <Typography.Text type="secondary">{formatInstant(transition.at, language)}</Typography.Text>
      </Flex>
      {note && <Typography.Text>{note}</Typography.Text>}
      {sectionReasons.length > 0 && <SectionReasons reasons={sectionReasons} />}
      {transition.reason && (
        <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{transition.reason}</Typography.Text>
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

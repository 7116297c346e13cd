import { graphql } from '@award/schema/generated';
import type { NominationProgressFragment } from '@award/schema/generated/graphql';
import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';

// How far the nomination is: every autosave returns it, so the steps follow the typing.
export const nominationProgressFragment = graphql(`
  fragment NominationProgress on Nomination {
    id
    status
    completeness {
      isComplete
      sections {
        section
        isComplete
        missing
      }
    }
    returnedSections {
      section
      reason
      isChanged
    }
  }
`);

export type StepKey =
  | 'BASICS'
  | 'COMPLETERS'
  | 'ORGANIZATIONS'
  | 'INNOVATION'
  | 'APPLICATION'
  | 'BENEFITS'
  | 'IP'
  | 'OPINION'
  | 'FILES'
  | 'SUBMIT';

interface NominationStepsProps {
  steps: readonly StepKey[];
  current: StepKey;
  progress: NominationProgressFragment;
  /** The step of a field the server refused. */
  refusedStep?: StepKey;
  onChange: (step: StepKey) => void;
}

/** The wizard's steps, each with its section's completeness (Nomination.completeness); any can be opened. */
export function NominationSteps({ steps, current, progress, refusedStep, onChange }: NominationStepsProps) {
  const { t } = useTranslation('nominationForm');
  const sections = progress.completeness.sections;
  return (
    <Steps
      orientation="vertical"
      size="small"
      current={steps.indexOf(current)}
      onChange={(index) => onChange(steps[index])}
      items={steps.map((key) => {
        const section = sections.find((candidate) => candidate.section === key);
        // A section formal review sent back stays marked until the nominator changes it (the server knows).
        const returned = progress.returnedSections.find((candidate) => candidate.section === key);
        const isToCorrect = returned !== undefined && !returned.isChanged;
        const status =
          key === refusedStep || isToCorrect
            ? 'error'
            : section?.isComplete
              ? 'finish'
              : key === current
                ? 'process'
                : 'wait';
        const progressText =
          section &&
          (section.isComplete
            ? t('sectionComplete')
            : t('sectionMissing', { count: section.missing.length }));
        return {
          key,
          title: t(`step.${key}`),
          status,
          content: returned
            ? [t(returned.isChanged ? 'returned.stepChanged' : 'returned.step'), progressText]
                .filter(Boolean)
                .join(' · ')
            : progressText,
        };
      })}
    />
  );
}

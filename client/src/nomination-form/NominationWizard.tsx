import { type NominationFormQuery, WindowKind } from '@award/schema/generated/graphql';
import { Alert, Button, Card, Col, Flex, Form, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AutosaveState } from '../app/AutosaveState';
import { formatTimeOfDay } from '../app/time';
import { useCycleWindow } from '../cycles/cycle-window';
import { WindowNotice } from '../cycles/WindowNotice';
import { NominationFilesStep } from '../nomination-files/NominationFilesStep';
import { ConflictNotice } from './ConflictNotice';
import type { DraftFields } from './draft-fields';
import { isEditableStatus } from './editable';
import { formSections, sectionOfField } from './form-sections';
import { NominationSteps, type StepKey } from './NominationSteps';
import { ReturnedBanner } from './ReturnedBanner';
import { SubmitStep } from './SubmitStep';
import { type StoredDraft, useAutosave } from './use-autosave';

type LoadedNomination = NominationFormQuery['nomination'];

const steps: readonly StepKey[] = [...formSections.map((section) => section.key), 'FILES', 'SUBMIT'];

function isStepKey(value: string | null): value is StepKey {
  return steps.includes(value as StepKey);
}

interface NominationWizardProps {
  nomination: LoadedNomination;
  stored: StoredDraft;
  onReload: () => void;
  isReloading: boolean;
}

/**
 * The nomination form as a wizard, one section per step, saved as the user types. Every section stays
 * mounted (the others hidden), so the form's rules of every field hold whichever step is shown.
 */
export function NominationWizard({ nomination, stored, onReload, isReloading }: NominationWizardProps) {
  const { t } = useTranslation('nominationForm');
  const [form] = Form.useForm<DraftFields>();
  const { state, onValuesChange } = useAutosave({ nominationId: nomination.id, form, stored });
  const nominationWindow = useCycleWindow(nomination.cycle.id, WindowKind.Nomination);
  // The step is in the address: a reload, or a link, opens the same one.
  const [params, setParams] = useSearchParams();
  const requested = params.get('step');
  // A returned nomination opens on the first section still to correct; it stays there once corrected.
  const [landing] = useState<StepKey>(
    () =>
      (nomination.returnedSections.find((section) => !section.isChanged) ?? nomination.returnedSections[0])
        ?.section ?? 'BASICS',
  );
  const current: StepKey = isStepKey(requested) ? requested : landing;
  const goTo = (step: StepKey) => setParams({ step }, { replace: true });

  const refusedStep = state.kind === 'error' ? sectionOfField(state.field?.[0])?.key : undefined;
  // A refused field is shown where it is, whichever step the user is on.
  useEffect(() => {
    if (refusedStep) setParams({ step: refusedStep }, { replace: true });
  }, [refusedStep, setParams]);

  const isWindowOpen = nominationWindow.phase === 'open';
  const isEditable = isEditableStatus(nomination.status) && isWindowOpen;
  const currentSection = formSections.find((section) => section.key === current);
  const completeness = nomination.completeness.sections.find((section) => section.section === current);
  const index = steps.indexOf(current);

  return (
    <Flex vertical gap="middle">
      <WindowNotice state={nominationWindow} />
      {state.kind === 'conflict' && <ConflictNotice onReload={onReload} isReloading={isReloading} />}
      {!isEditableStatus(nomination.status) && <Alert type="info" showIcon title={t('readOnly')} />}
      <ReturnedBanner returnedSections={nomination.returnedSections} onOpen={goTo} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={6}>
          <NominationSteps
            steps={steps}
            current={current}
            progress={nomination}
            refusedStep={refusedStep}
            onChange={goTo}
          />
        </Col>
        <Col xs={24} lg={18}>
          <Card
            title={t(`step.${current}`)}
            // The save state stays in sight while the user scrolls through a long section.
            extra={<AutosaveState state={state} namespace="nominationForm" formatTime={formatTimeOfDay} />}
            styles={{ header: { position: 'sticky', top: 0, zIndex: 2, background: 'inherit' } }}
          >
            {completeness && !completeness.isComplete && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('missingList', {
                  fields: completeness.missing
                    .map((field) => t(`field.${field}` as 'field.projectName', field))
                    .join('、'),
                })}
              />
            )}
            <Form<DraftFields>
              form={form}
              layout="vertical"
              initialValues={stored.fields}
              onValuesChange={onValuesChange}
              disabled={!isEditable || state.kind === 'conflict'}
              hidden={!currentSection}
            >
              {formSections.map((section) => (
                <div key={section.key} hidden={section.key !== current}>
                  {section.render({ cycleId: nomination.cycle.id, category: nomination.category })}
                </div>
              ))}
            </Form>
            {current === 'FILES' && (
              <NominationFilesStep nominationId={nomination.id} isEditable={isEditable} />
            )}
            {current === 'SUBMIT' && (
              <SubmitStep
                nominationId={nomination.id}
                isEditable={isEditable}
                isSaved={state.kind === 'idle' || state.kind === 'saved'}
              />
            )}
            <Flex justify="space-between" style={{ marginTop: 24 }}>
              <Button disabled={index === 0} onClick={() => goTo(steps[index - 1])}>
                {t('previous')}
              </Button>
              <Button
                type="primary"
                disabled={index === steps.length - 1}
                onClick={() => goTo(steps[index + 1])}
              >
                {t('next')}
              </Button>
            </Flex>
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

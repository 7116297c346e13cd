import type { RubricCriterionFragment } from '@award/schema/generated/graphql';
import { Flex, Form } from 'antd';
import { useCallback, useMemo } from 'react';
import { CriterionRow } from './CriterionRow';
import { OverallFields } from './OverallFields';
import { ProblemList } from './ProblemList';
import { SaveStoppedAlert } from './SaveStoppedAlert';
import { SheetToolbar } from './SheetToolbar';
import { SubmitDialog } from './SubmitDialog';
import { runningTotal, type SheetValues } from './sheet-values';
import { useLevelSuggestion } from './use-level-suggestion';
import { type FieldErrors, type SavedSheet, useSheetAutosave } from './use-sheet-autosave';
import { useSheetShortcuts } from './use-sheet-shortcuts';
import { useSubmitSheet } from './use-submit-sheet';

interface ScoreSheetEditorProps {
  assignmentId: string;
  criteria: readonly RubricCriterionFragment[];
  maxTotal: number;
  /** The sheet as last read; the editor starts from it and saves on top of its version. */
  stored: SavedSheet;
  onReload: () => void;
  isReloading: boolean;
}

/** The expert's score sheet while it is a draft: criterion by criterion, saved as the expert goes. */
export function ScoreSheetEditor({
  assignmentId,
  criteria,
  maxTotal,
  stored,
  onReload,
  isReloading,
}: ScoreSheetEditorProps) {
  const [form] = Form.useForm<SheetValues>();
  const maxPoints = useMemo(() => new Map(criteria.map((c) => [c.id, c.maxPoints])), [criteria]);
  const maxPointsOf = useCallback((criterionId: string) => maxPoints.get(criterionId) ?? 0, [maxPoints]);
  const showFieldErrors = useCallback(
    (errors: FieldErrors[]) =>
      form.setFields(errors.map(({ name, errors: messages }) => ({ name, errors: messages }))),
    [form],
  );
  const autosave = useSheetAutosave({
    assignmentId,
    form,
    stored,
    maxPointsOf,
    onFieldErrors: showFieldErrors,
  });
  const submission = useSubmitSheet({
    autosave,
    criteria,
    onProblems: (problems) =>
      showFieldErrors(problems.flatMap(({ path, rule }) => (path ? [{ name: path, errors: [rule] }] : []))),
  });
  const onValuesChange = useLevelSuggestion({ form, criteria, onChanged: autosave.schedule });
  useSheetShortcuts({
    onSave: () => void autosave.saveNow(),
    onSubmit: () => void submission.requestSubmit(),
  });

  const { total, scoredCount } = runningTotal(Form.useWatch('scores', form));
  const grade = Form.useWatch('recommendedGrade', form);
  return (
    <Flex vertical gap="middle">
      <SheetToolbar
        total={total}
        maxTotal={maxTotal}
        scoredCount={scoredCount}
        criterionCount={criteria.length}
        saveState={autosave.state}
        isSubmitting={submission.isSubmitting}
        onSaveNow={() => void autosave.saveNow()}
        onSubmit={() => void submission.requestSubmit()}
      />
      <SaveStoppedAlert state={autosave.state} onReload={onReload} isReloading={isReloading} />
      <ProblemList problems={submission.problems} criteria={criteria} form={form} />
      <Form<SheetValues>
        form={form}
        layout="vertical"
        initialValues={stored.values}
        onValuesChange={onValuesChange}
        // The fields are the server's to accept: Enter in a field never submits the sheet.
        onFinish={() => undefined}
      >
        <Flex vertical gap="middle">
          {criteria.map((criterion) => (
            <CriterionRow key={criterion.id} criterion={criterion} />
          ))}
          <OverallFields />
        </Flex>
      </Form>
      <SubmitDialog
        open={submission.isConfirming}
        total={total}
        maxTotal={maxTotal}
        grade={grade}
        isSubmitting={submission.isSubmitting}
        onConfirm={() => void submission.confirmSubmit()}
        onCancel={submission.cancel}
      />
    </Flex>
  );
}

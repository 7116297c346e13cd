import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrentReviewer } from './NominationReviewerTable';
import { RefusalAlert } from './RefusalAlert';
import { useProposalChange } from './use-proposal-change';

const replacementCandidatesQuery = graphql(`
  query ReplacementCandidates($nominationId: ID!) {
    nomination(id: $nominationId) {
      id
      assignments {
        id
        replacementCandidates(first: 10) {
          expert {
            id
            name
          }
          fit
          load
          maxLoad
        }
      }
    }
  }
`);

const replaceReviewerMutation = graphql(`
  mutation ReplaceReviewer($assignmentId: ID!, $expertId: ID!, $reason: String!) {
    replaceReviewer(assignmentId: $assignmentId, expertId: $expertId, reason: $reason) {
      id
    }
  }
`);

const removeReviewerMutation = graphql(`
  mutation RemoveReviewer($assignmentId: ID!, $reason: String!) {
    removeReviewer(assignmentId: $assignmentId, reason: $reason)
  }
`);

export interface ReviewerChange {
  kind: 'replace' | 'remove';
  assignment: CurrentReviewer;
}

interface ReviewerChangeDialogProps {
  nominationId: string;
  change: ReviewerChange;
  onClose: () => void;
  onDone: () => void;
}

interface ChangeValues {
  expertId?: string;
  reason: string;
}

/** Replaces or removes one reviewer; the reason goes to the audit trail, a refusal is shown in words. */
export function ReviewerChangeDialog({ nominationId, change, onClose, onDone }: ReviewerChangeDialogProps) {
  const { t } = useTranslation('assignmentBoard');
  const [form] = Form.useForm<ChangeValues>();
  const isReplace = change.kind === 'replace';
  const { assignment } = change;
  const candidates = useQuery(replacementCandidatesQuery, { variables: { nominationId }, skip: !isReplace });
  const [replace, replacing] = useMutation(replaceReviewerMutation);
  const [remove, removing] = useMutation(removeReviewerMutation);
  const { change: run, refusal, clearRefusal } = useProposalChange();
  const options = candidates.data?.nomination.assignments
    .find((candidate) => candidate.id === assignment.id)
    ?.replacementCandidates.map(({ expert, fit, load, maxLoad }) => ({
      value: expert.id,
      label: t('reviewers.candidateOption', { name: expert.name, fit, load, maxLoad }),
    }));

  const submit = async ({ expertId, reason }: ChangeValues) => {
    const done = isReplace
      ? await run(
          () => replace({ variables: { assignmentId: assignment.id, expertId: expertId ?? '', reason } }),
          t('reviewers.replaced'),
        )
      : await run(
          () => remove({ variables: { assignmentId: assignment.id, reason } }),
          t('reviewers.removed'),
        );
    if (done) onDone();
  };
  const title = t(isReplace ? 'reviewers.replaceTitle' : 'reviewers.removeTitle', {
    expert: assignment.expert.name,
  });
  return (
    <Modal
      open
      title={title}
      okText={t('reviewers.ok')}
      cancelText={t('proposal.cancel')}
      okButtonProps={{ danger: !isReplace, loading: replacing.loading || removing.loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ChangeValues> form={form} layout="vertical" aria-label={title} onFinish={submit}>
        {isReplace && (
          <Form.Item name="expertId" label={t('reviewers.candidate')} rules={[{ required: true }]}>
            <Select<string>
              loading={candidates.loading}
              options={options}
              notFoundContent={t('reviewers.noCandidates')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('reviewers.reason')}
          rules={[{ required: true, whitespace: true, message: t('reviewers.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
      <RefusalAlert refusal={refusal} onClose={clearRefusal} />
    </Modal>
  );
}

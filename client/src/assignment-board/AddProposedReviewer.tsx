import { PlusOutlined } from '@ant-design/icons';
import type { ProposalDetailsFragment, ReviewerPairInput } from '@award/schema/generated/graphql';
import { Alert, Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictReasonsInWords } from './assignment-refusal';
import type { ProposalNomination } from './ProposedReviewers';

type Load = ProposalDetailsFragment['loads'][number];
type ProposedExpert = ProposalDetailsFragment['items'][number]['expert'];

interface Candidate {
  load: Load;
  isPrimaryField: boolean;
  /** Why the expert may never review this nomination (the API's conflict rules); empty when it may. */
  conflicts: ProposalNomination['expertConflicts'][number]['reasons'];
  /** The proposed reviewers of the same organization: allowed, but the pairing is worth a second look. */
  sameOrganization: ProposedExpert[];
}

/**
 * The pool's experts of the nomination's field not yet proposed for it, each with its conflicts and its
 * colleagues among the proposed: the assignable first, primary field first, then the lightest load.
 */
function candidatesFor(
  nomination: ProposalNomination,
  loads: readonly Load[],
  proposed: readonly ProposedExpert[],
): Candidate[] {
  const conflictsOf = new Map(
    nomination.expertConflicts.map((conflict) => [conflict.expertId, conflict.reasons]),
  );
  return loads
    .flatMap((load) => {
      const field = load.expert.fields.find((expertField) => expertField.field.id === nomination.field.id);
      if (!field || proposed.some((expert) => expert.id === load.expert.id)) return [];
      const employerId = load.expert.employer?.id;
      return [
        {
          load,
          isPrimaryField: field.isPrimary,
          conflicts: conflictsOf.get(load.expert.id) ?? [],
          sameOrganization: employerId ? proposed.filter((expert) => expert.employer?.id === employerId) : [],
        },
      ];
    })
    .sort(
      (a, b) =>
        a.conflicts.length - b.conflicts.length ||
        Number(b.isPrimaryField) - Number(a.isPrimaryField) ||
        a.load.existing + a.load.proposed - (b.load.existing + b.load.proposed),
    );
}

interface AddProposedReviewerProps {
  nomination: ProposalNomination;
  proposed: readonly ProposedExpert[];
  loads: readonly Load[];
  isAdjusting: boolean;
  onAdd: (pair: ReviewerPairInput) => Promise<boolean>;
}

/**
 * Adds an expert of the nomination's field to the proposal. Each candidate shows its conflicts of interest
 * (which make it impossible to pick) and its colleagues among the proposed before it is picked; the add is
 * still the server's to refuse (a conflicted expert can never be assigned).
 */
export function AddProposedReviewer({
  nomination,
  proposed,
  loads,
  isAdjusting,
  onAdd,
}: AddProposedReviewerProps) {
  const { t } = useTranslation('assignmentBoard');
  const [expertId, setExpertId] = useState<string>();
  const candidates = candidatesFor(nomination, loads, proposed);
  const picked = candidates.find((candidate) => candidate.load.expert.id === expertId);
  const sameOrganizationOf = (candidate: Candidate) => ({
    expert: candidate.load.expert.name,
    reviewers: candidate.sameOrganization.map((expert) => expert.name).join('、'),
    organization: candidate.load.expert.employer?.name,
  });
  const labelOf = (candidate: Candidate) =>
    [
      t('nomination.pickOption', {
        name: candidate.load.expert.name,
        field: t(candidate.isPrimaryField ? 'nomination.primary' : 'nomination.secondary'),
        load: candidate.load.existing + candidate.load.proposed,
        maxLoad: candidate.load.maxLoad,
      }),
      candidate.conflicts.length > 0 &&
        t('nomination.inConflict', { reasons: conflictReasonsInWords(candidate.conflicts, t) }),
      candidate.sameOrganization.length > 0 &&
        t('nomination.sameOrganization', sameOrganizationOf(candidate)),
    ]
      .filter(Boolean)
      .join(' · ');

  const add = async () => {
    if (expertId && (await onAdd({ nominationId: nomination.id, expertId }))) setExpertId(undefined);
  };

  return (
    <Flex vertical gap="small" style={{ marginTop: 12 }}>
      <Flex gap="small">
        <Select<string>
          aria-label={t('nomination.addLabel', { nomination: nomination.code })}
          placeholder={t('nomination.pick')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ flex: 1, minWidth: 0 }}
          value={expertId}
          onChange={setExpertId}
          options={candidates.map((candidate) => ({
            value: candidate.load.expert.id,
            label: labelOf(candidate),
            disabled: candidate.conflicts.length > 0,
            candidate,
          }))}
          optionRender={({ data, label }) => (
            <Typography.Text
              type={data.candidate.conflicts.length > 0 ? 'danger' : undefined}
              style={{ whiteSpace: 'normal' }}
            >
              {label}
            </Typography.Text>
          )}
        />
        <Button icon={<PlusOutlined />} disabled={!expertId} loading={isAdjusting} onClick={add}>
          {t('nomination.add')}
        </Button>
      </Flex>
      {picked && picked.sameOrganization.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('nomination.sameOrganizationWarning', sameOrganizationOf(picked))}
        />
      )}
    </Flex>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { ProposalDetailsFragment, ReviewerPairInput } from '@award/schema/generated/graphql';
import { Alert, Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictReasonsInWords } from './assignment-refusal';
import type { ProposalNomination } from './ProposedReviewers';

const conflictCheckQuery = graphql(`
  query ConflictCheck($expertId: ID!, $nominationId: ID!) {
    conflictCheck(expertId: $expertId, nominationId: $nominationId) {
      hasConflict
      reasons {
        rule
        detail
      }
    }
  }
`);

type Load = ProposalDetailsFragment['loads'][number];

interface Candidate {
  load: Load;
  isPrimaryField: boolean;
}

/** The pool's experts of the nomination's field not yet proposed for it: primary field first, then the lightest. */
function candidatesFor(
  nomination: ProposalNomination,
  loads: readonly Load[],
  proposedExpertIds: string[],
): Candidate[] {
  return loads
    .flatMap((load) => {
      const field = load.expert.fields.find((expertField) => expertField.field.id === nomination.field.id);
      if (!field || proposedExpertIds.includes(load.expert.id)) return [];
      return [{ load, isPrimaryField: field.isPrimary }];
    })
    .sort(
      (a, b) =>
        Number(b.isPrimaryField) - Number(a.isPrimaryField) ||
        a.load.existing + a.load.proposed - (b.load.existing + b.load.proposed),
    );
}

interface AddProposedReviewerProps {
  nomination: ProposalNomination;
  proposedExpertIds: string[];
  loads: readonly Load[];
  isAdjusting: boolean;
  onAdd: (pair: ReviewerPairInput) => Promise<boolean>;
}

/**
 * Adds an expert of the nomination's field to the proposal. Picking one asks the API whether it conflicts
 * and why; the add is still the server's to refuse (a conflicted expert can never be assigned, issue 5).
 */
export function AddProposedReviewer({
  nomination,
  proposedExpertIds,
  loads,
  isAdjusting,
  onAdd,
}: AddProposedReviewerProps) {
  const { t } = useTranslation('assignmentBoard');
  const [expertId, setExpertId] = useState<string>();
  const [checkConflict, conflict] = useLazyQuery(conflictCheckQuery, { fetchPolicy: 'network-only' });
  const candidates = candidatesFor(nomination, loads, proposedExpertIds);
  const picked = candidates.find((candidate) => candidate.load.expert.id === expertId);

  const pick = (id: string) => {
    setExpertId(id);
    void checkConflict({ variables: { expertId: id, nominationId: nomination.id } });
  };
  const add = async () => {
    if (expertId && (await onAdd({ nominationId: nomination.id, expertId }))) setExpertId(undefined);
  };
  const check = expertId ? conflict.data?.conflictCheck : undefined;

  return (
    <Flex vertical gap="small" style={{ marginTop: 12 }}>
      <Flex gap="small">
        <Select<string>
          aria-label={t('nomination.addLabel', { nomination: nomination.code })}
          placeholder={t('nomination.pick')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ flex: 1 }}
          value={expertId}
          onChange={pick}
          options={candidates.map(({ load, isPrimaryField }) => ({
            value: load.expert.id,
            label: t('nomination.pickOption', {
              name: load.expert.name,
              field: t(isPrimaryField ? 'nomination.primary' : 'nomination.secondary'),
              load: load.existing + load.proposed,
              maxLoad: load.maxLoad,
            }),
          }))}
        />
        <Button icon={<PlusOutlined />} disabled={!expertId} loading={isAdjusting} onClick={add}>
          {t('nomination.add')}
        </Button>
      </Flex>
      {expertId && conflict.loading && <Alert type="info" title={t('nomination.checking')} />}
      {check && !conflict.loading && (
        <Alert
          type={check.hasConflict ? 'warning' : 'success'}
          showIcon
          title={
            check.hasConflict
              ? `${t('nomination.conflict', { expert: picked?.load.expert.name })}${conflictReasonsInWords(check.reasons, t)}`
              : t('nomination.noConflict')
          }
        />
      )}
    </Flex>
  );
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { ProposalDetailsFragment } from '@award/schema/generated/graphql';
import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from './RefusalAlert';
import { useProposalChange } from './use-proposal-change';

const commitProposalMutation = graphql(`
  mutation CommitAssignmentProposal($id: ID!, $version: Int!) {
    commitAssignmentProposal(id: $id, version: $version) {
      ...ProposalDetails
    }
  }
`);

const discardProposalMutation = graphql(`
  mutation DiscardAssignmentProposal($id: ID!) {
    discardAssignmentProposal(id: $id) {
      ...ProposalDetails
    }
  }
`);

interface ProposalActionsProps {
  proposal: ProposalDetailsFragment;
  onStale: () => void;
}

/**
 * Commit or discard a draft. Committing creates every assignment in one transaction, the server checking
 * each hard constraint again, so it is confirmed first; the version makes sure it is the proposal shown.
 */
export function ProposalActions({ proposal, onStale }: ProposalActionsProps) {
  const { t } = useTranslation('assignmentBoard');
  const { modal } = App.useApp();
  const [commit, { loading: isCommitting }] = useMutation(commitProposalMutation);
  const [discard, { loading: isDiscarding }] = useMutation(discardProposalMutation);
  const { change, refusal, clearRefusal } = useProposalChange(onStale);
  const variables = { id: proposal.id, version: proposal.version };

  if (proposal.status !== 'DRAFT') {
    return (
      <Alert
        type="info"
        showIcon
        title={t('proposal.readOnly', { status: t(`proposalStatus.${proposal.status}`) })}
      />
    );
  }
  const confirmCommit = () =>
    modal.confirm({
      title: t('proposal.commitTitle'),
      content: t('proposal.commitContent', { count: proposal.items.length }),
      okText: t('proposal.commit'),
      cancelText: t('proposal.cancel'),
      onOk: () => change(() => commit({ variables }), t('proposal.committed')),
    });
  const confirmDiscard = () =>
    modal.confirm({
      title: t('proposal.discardTitle'),
      okText: t('proposal.discard'),
      okButtonProps: { danger: true },
      cancelText: t('proposal.cancel'),
      onOk: () => change(() => discard({ variables: { id: proposal.id } }), t('proposal.discarded')),
    });
  return (
    <>
      <Space>
        <Button type="primary" loading={isCommitting} onClick={confirmCommit}>
          {t('proposal.commit')}
        </Button>
        <Button danger loading={isDiscarding} onClick={confirmDiscard}>
          {t('proposal.discard')}
        </Button>
      </Space>
      <RefusalAlert refusal={refusal} onClose={clearRefusal} />
    </>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { type AwardCategory, NominationStatus } from '@award/schema/generated/graphql';
import { Alert, Button, Empty, Flex, Popconfirm, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { FinalListTable } from './FinalListTable';
import { RevokeAwardDialog } from './RevokeAwardDialog';
import { useClosingStep } from './use-closing-step';
import { useNominationsIn } from './use-nominations-in';

export const finalListQuery = graphql(`
  query FinalList($cycleId: ID!, $category: AwardCategory!) {
    finalList(cycleId: $cycleId, category: $category) {
      id
      approvedAt
      entries {
        ...FinalEntryRow
      }
    }
  }
`);

const approveResultsMutation = graphql(`
  mutation ApproveResults($cycleId: ID!, $category: AwardCategory!) {
    approveResults(cycleId: $cycleId, category: $category) {
      id
    }
  }
`);

interface ApprovalPanelProps {
  cycleId: string;
  category: AwardCategory;
  /** Approval and revocation are the chair's (award-rules.md, Approval). */
  isChair: boolean;
}

/** Approval (审定): the chair approves the category's final list, then may revoke an award on it. */
export function ApprovalPanel({ cycleId, category, isChair }: ApprovalPanelProps) {
  const { t } = useTranslation('closing');
  const language = useLanguage();
  const { data, loading, error } = useQuery(finalListQuery, { variables: { cycleId, category } });
  const [approve, { loading: approving }] = useMutation(approveResultsMutation, {
    refetchQueries: ['FinalList', 'PublicityList', 'NominationsIn'],
    awaitRefetchQueries: true,
  });
  const { run, refusalAlert } = useClosingStep();
  const approved = useNominationsIn(cycleId, category, NominationStatus.Approved);
  const [revoking, setRevoking] = useState<{ id: string; code: string }>();
  if (loading) return <Spin />;
  if (error) return <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />;
  const list = data?.finalList;
  if (!list) {
    return (
      <Flex vertical gap="middle" align="start">
        <Empty description={t('approval.notApproved')} />
        {isChair && (
          <Popconfirm
            title={t('approval.approveConfirm')}
            okText={t('approval.approve')}
            cancelText={t('cancel')}
            onConfirm={() => run(() => approve({ variables: { cycleId, category } }), t('approval.approved'))}
          >
            <Button type="primary" loading={approving}>
              {t('approval.approve')}
            </Button>
          </Popconfirm>
        )}
        {refusalAlert}
      </Flex>
    );
  }
  const revokeAction = (entry: { code: string; isRevoked: boolean }) => {
    const nomination = approved.find((n) => n.code === entry.code);
    if (entry.isRevoked || !nomination) return null;
    return (
      <Button size="small" danger onClick={() => setRevoking(nomination)}>
        {t('approval.revoke')}
      </Button>
    );
  };
  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">
        {t('approval.approvedAt', { at: formatInstant(list.approvedAt, language) })}
      </Typography.Text>
      <FinalListTable entries={list.entries} actions={isChair ? revokeAction : undefined} />
      {revoking && (
        <RevokeAwardDialog
          nominationId={revoking.id}
          code={revoking.code}
          onClose={() => setRevoking(undefined)}
        />
      )}
    </Flex>
  );
}

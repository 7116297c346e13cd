import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { AssignmentResponse, type AssignmentRowFragment } from '@award/schema/generated/graphql';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponseReasonDialog } from './ResponseReasonDialog';

const respondMutation = graphql(`
  mutation RespondToAssignment($assignmentId: ID!, $response: AssignmentResponse!, $reason: String) {
    respondToAssignment(assignmentId: $assignmentId, response: $response, reason: $reason) {
      ...AssignmentRow
    }
  }
`);

type WithReason = typeof AssignmentResponse.Decline | typeof AssignmentResponse.Recuse;

/**
 * An expert's answer to an assignment: accept it, or decline or recuse itself with a reason. Open while
 * it is pending or accepted, until the sheet is submitted (the API refuses otherwise).
 */
export function RespondActions({ assignment }: { assignment: AssignmentRowFragment }) {
  const { t } = useTranslation('assignments');
  const { message } = App.useApp();
  const [asking, setAsking] = useState<WithReason>();
  const [respond, { loading }] = useMutation(respondMutation);
  const isOpen =
    (assignment.status === 'PENDING' || assignment.status === 'ACCEPTED') &&
    assignment.scoreSheet?.status !== 'SUBMITTED';
  if (!isOpen) return null;

  const send = async (response: AssignmentResponse, reason?: string): Promise<boolean> => {
    try {
      await respond({ variables: { assignmentId: assignment.id, response, reason } });
    } catch (error) {
      void message.error(t('respond.failed', { message: (error as Error).message }));
      return false;
    }
    void message.success(t(`respond.done.${response}`));
    return true;
  };
  return (
    <Space size="small" wrap>
      {assignment.status === 'PENDING' && (
        <Button size="small" type="primary" loading={loading} onClick={() => send(AssignmentResponse.Accept)}>
          {t('respond.ACCEPT')}
        </Button>
      )}
      <Button size="small" onClick={() => setAsking(AssignmentResponse.Decline)}>
        {t('respond.DECLINE')}
      </Button>
      <Button size="small" danger onClick={() => setAsking(AssignmentResponse.Recuse)}>
        {t('respond.RECUSE')}
      </Button>
      {asking && (
        <ResponseReasonDialog
          response={asking}
          code={assignment.nomination?.code}
          isSending={loading}
          onCancel={() => setAsking(undefined)}
          onSend={async (reason) => {
            if (await send(asking, reason)) setAsking(undefined);
          }}
        />
      )}
    </Space>
  );
}

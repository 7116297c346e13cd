import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { type AwardCategory, Grade } from '@award/schema/generated/graphql';
import { Alert, App, Button, Flex, Form, InputNumber, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CandidateTable } from './CandidateTable';
import { useBallotCandidates } from './use-ballot-candidates';

const openBallotsMutation = graphql(`
  mutation OpenBallots($nominationIds: [ID!]!, $grade: Grade!, $membersPresent: Int!) {
    openBallots(nominationIds: $nominationIds, grade: $grade, membersPresent: $membersPresent) {
      ...BallotRow
    }
  }
`);

// The committee in office and its quorum, as the server counts them (it decides with NO_QUORUM all the same).
const committeeQuery = graphql(`
  query Committee {
    committee {
      membersTotal
      quorum
    }
  }
`);

const ballotGrades = [Grade.First, Grade.Second, Grade.Third];

interface OpenBallotsFormProps {
  cycleId: string;
  category: AwardCategory;
}

/** The chair opens ballots at one grade for the chosen nominations, with the members present at the meeting. */
export function OpenBallotsForm({ cycleId, category }: OpenBallotsFormProps) {
  const { t } = useTranslation(['reReview', 'nominations']);
  const { message } = App.useApp();
  const { candidates, loading, error: loadError } = useBallotCandidates(cycleId, category);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [grade, setGrade] = useState<Grade>();
  const [membersPresent, setMembersPresent] = useState<number | null>(null);
  const [openBallots, { loading: opening, error }] = useMutation(openBallotsMutation, {
    refetchQueries: ['BallotCandidates', 'CycleBallots'],
  });
  const committee = useQuery(committeeQuery).data?.committee;
  const total = committee?.membersTotal;
  const quorum = committee?.quorum ?? 0;
  // The grade starts at what the ranking recommends for the first nomination chosen.
  const recommended = candidates.find((c) => c.id === selectedIds[0])?.preliminary?.recommendedGrade;
  const chosenGrade = grade ?? (recommended && recommended !== Grade.None ? recommended : Grade.First);

  const submit = async () => {
    if (membersPresent === null) return;
    const result = await openBallots({
      variables: { nominationIds: selectedIds, grade: chosenGrade, membersPresent },
    });
    void message.success(t('desk.opened', { count: result.data?.openBallots.length ?? 0 }));
    setSelectedIds([]);
  };

  return (
    <Flex vertical gap="middle">
      {loadError && <Alert type="error" showIcon title={loadError.message} />}
      <CandidateTable
        candidates={candidates}
        isLoading={loading}
        selectedIds={selectedIds}
        onSelect={setSelectedIds}
      />
      <Form layout="inline" aria-label={t('desk.open', { count: selectedIds.length })}>
        <Form.Item label={t('desk.grade')}>
          {/* Not a field of the form's own (no name), so its label does not name it: aria-label does. */}
          <Select
            aria-label={t('desk.grade')}
            style={{ width: 140 }}
            value={chosenGrade}
            onChange={setGrade}
            options={ballotGrades.map((value) => ({ value, label: t(`nominations:grade.${value}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('desk.membersPresent')}>
          <InputNumber
            aria-label={t('desk.membersPresent')}
            min={0}
            max={total}
            value={membersPresent}
            onChange={setMembersPresent}
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            loading={opening}
            disabled={selectedIds.length === 0 || membersPresent === null}
            onClick={() => void submit().catch(() => {})}
          >
            {t('desk.open', { count: selectedIds.length })}
          </Button>
        </Form.Item>
      </Form>
      <Flex gap="small" align="center" wrap>
        <Typography.Text type="secondary">
          {total ? t('desk.quorum', { total, quorum }) : t('desk.quorumUnknown')}
        </Typography.Text>
        {total !== undefined && membersPresent !== null && (
          <Tag color={membersPresent >= quorum ? 'success' : 'error'}>
            {membersPresent >= quorum ? t('desk.quorumMet') : t('desk.quorumNotMet')}
          </Tag>
        )}
      </Flex>
      {error && <Alert type="error" showIcon title={t('desk.openFailed')} description={error.message} />}
    </Flex>
  );
}

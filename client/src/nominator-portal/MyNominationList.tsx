import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { type MyNominationsQuery, NominationStatus } from '@award/schema/generated/graphql';
import { Alert, Button, Flex, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NominationTable } from '../nominations/NominationTable';
import { formPath } from './paths';

const myNominationsQuery = graphql(`
  query MyNominations {
    myNominations {
      id
      ...NominationRow
      nextStep
    }
  }
`);

type MyNomination = MyNominationsQuery['myNominations'][number];

// The states in which the nominator works on the form itself (award-rules.md, The online filing flow).
const editableStatuses: readonly NominationStatus[] = [NominationStatus.Draft, NominationStatus.Returned];

interface MyNominationListProps {
  /** Shows the history of a nomination (办理记录). */
  onShowHistory: (id: string) => void;
}

/**
 * The organization's nominations, newest first: each number opens its form; each row says what happens next
 * and, while it is the nominator's turn, leads into the form, and shows its history on demand.
 */
export function MyNominationList({ onShowHistory }: MyNominationListProps) {
  const { t } = useTranslation('nominatorPortal');
  // Back from the form, the next steps have moved on: the cached list is shown and refreshed at once.
  const { data, error, loading } = useQuery(myNominationsQuery, { fetchPolicy: 'cache-and-network' });
  const nextStep: TableColumnsType<MyNomination>[number] = {
    key: 'nextStep',
    title: t('nextStep.column'),
    // A step's words on one line where the width allows (等待评审结果).
    minWidth: 140,
    render: (_, row) => (
      <Flex vertical gap={2} align="flex-start">
        <Typography.Text>{t(`nextStep.${row.nextStep}`)}</Typography.Text>
        <Flex gap="middle" wrap>
          {editableStatuses.includes(row.status) && (
            <Link to={formPath(row.id)}>
              {t(row.status === NominationStatus.Returned ? 'correctForm' : 'fillForm')}
            </Link>
          )}
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto' }}
            aria-label={`${t('historyTitle')} ${row.code}`}
            onClick={() => onShowHistory(row.id)}
          >
            {t('historyTitle')}
          </Button>
        </Flex>
      </Flex>
    ),
  };
  return (
    <Flex vertical gap="middle">
      {error && <Alert type="error" showIcon title={t('listFailed')} description={error.message} />}
      <NominationTable<MyNomination>
        rows={data?.myNominations ?? []}
        isLoading={loading && !data}
        linkOf={(row) => formPath(row.id)}
        extraColumns={[nextStep]}
      />
    </Flex>
  );
}

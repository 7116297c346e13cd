import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { type MyNominationsQuery, NominationStatus } from '@award/schema/generated/graphql';
import { Alert, Flex, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NominationTable } from '../nominations/NominationTable';

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
  selectedId?: string;
  onSelect: (id: string) => void;
}

/** The organization's nominations, newest first, each with what happens next and, while it is the nominator's turn, a way into the form. */
export function MyNominationList({ selectedId, onSelect }: MyNominationListProps) {
  const { t } = useTranslation('nominatorPortal');
  // Back from the form, the next steps have moved on: the cached list is shown and refreshed at once.
  const { data, error, loading } = useQuery(myNominationsQuery, { fetchPolicy: 'cache-and-network' });
  const nextStep: TableColumnsType<MyNomination>[number] = {
    key: 'nextStep',
    title: t('nextStep.column'),
    render: (_, row) => (
      <Flex vertical gap={2} align="flex-start">
        <Typography.Text>{t(`nextStep.${row.nextStep}`)}</Typography.Text>
        {editableStatuses.includes(row.status) && (
          // Its own navigation: the click does not also choose the row.
          <Link to={`/my-nominations/${row.id}`} onClick={(event) => event.stopPropagation()}>
            {t(row.status === NominationStatus.Returned ? 'correctForm' : 'fillForm')}
          </Link>
        )}
      </Flex>
    ),
  };
  return (
    <Flex vertical gap="middle">
      {error && <Alert type="error" showIcon title={t('listFailed')} description={error.message} />}
      <NominationTable<MyNomination>
        rows={data?.myNominations ?? []}
        isLoading={loading && !data}
        selectedId={selectedId}
        onSelect={onSelect}
        extraColumns={[nextStep]}
      />
    </Flex>
  );
}

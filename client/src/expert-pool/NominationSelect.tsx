import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Select, type SelectProps } from 'antd';

const nominationOptionsQuery = graphql(`
  query ExpertConflictNominationOptions($cycleId: ID!) {
    nominations(cycleId: $cycleId, first: 100) {
      edges {
        node {
          id
          code
          projectName
        }
      }
    }
  }
`);

interface NominationSelectProps extends Omit<SelectProps<string>, 'options' | 'loading'> {
  cycleId: string;
}

/** A nomination of the cycle, by code and name: the one an expert recuses itself from, or whose appraisal it signed. */
export function NominationSelect({ cycleId, ...select }: NominationSelectProps) {
  const { data, loading } = useQuery(nominationOptionsQuery, { variables: { cycleId } });
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={loading}
      options={data?.nominations.edges.map(({ node }) => ({
        value: node.id,
        label: `${node.code} ${node.projectName}`,
      }))}
      {...select}
    />
  );
}

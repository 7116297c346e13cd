import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Select, type SelectProps } from 'antd';

// The API pages by a hundred at most; the organizations known to the platform fit in one page.
const organizationOptionsQuery = graphql(`
  query ExpertOrganizationOptions {
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** A choice among the organizations the platform knows: an employer, a past one, or one to recuse from. */
export function OrganizationSelect(select: Omit<SelectProps<string>, 'options' | 'loading'>) {
  const { data, loading } = useQuery(organizationOptionsQuery);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={loading}
      options={data?.organizations.edges.map(({ node }) => ({ value: node.id, label: node.name }))}
      {...select}
    />
  );
}

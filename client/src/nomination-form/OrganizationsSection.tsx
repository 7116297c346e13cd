import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Form, type FormListOperation, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { NewOrganizationForm } from './NewOrganizationForm';
import { OrderedFormList } from './OrderedFormList';

const organizationChoicesQuery = graphql(`
  query OrganizationChoices {
    organizations(first: 100) {
      edges {
        node {
          id
          name
          creditCode
        }
      }
    }
  }
`);

/** 主要完成单位, in the order of credit, chosen among the organizations the platform knows. */
export function OrganizationsSection() {
  const { t } = useTranslation('nominationForm');
  // The API pages by a hundred at most; the register of a city's organizations on the platform fits in one.
  const { data, loading } = useQuery(organizationChoicesQuery);
  const options = data?.organizations.edges.map(({ node }) => ({
    value: node.id,
    label: `${node.name}（${node.creditCode}）`,
  }));
  const form = Form.useFormInstance();
  // A new organization takes an empty row when there is one, else a new row at the end.
  const addToList = (organizationId: string, { add, remove }: FormListOperation) => {
    const ids: string[] = form.getFieldValue('completingOrganizationIds') ?? [];
    const empty = ids.indexOf('');
    if (empty < 0) return add(organizationId);
    remove(empty);
    add(organizationId, empty);
  };
  return (
    <OrderedFormList
      name="completingOrganizationIds"
      rowTitle={(position) => t('organization.title', { position })}
      addLabel={t('organization.add')}
      newRow={() => ''}
      footer={(_, operations) => <NewOrganizationForm onAdded={(id) => addToList(id, operations)} />}
    >
      {(field) => (
        <Form.Item
          name={field.name}
          rules={[{ required: true, message: t('organization.choose') }]}
          style={{ marginBottom: 0 }}
        >
          <Select
            aria-label={t('organization.title', { position: field.name + 1 })}
            placeholder={t('organization.choose')}
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            options={options}
          />
        </Form.Item>
      )}
    </OrderedFormList>
  );
}

import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Select, type SelectProps } from 'antd';
import { localizedName, useLanguage } from '../app/language';

const cycleFieldsQuery = graphql(`
  query CycleFields($id: ID!) {
    awardCycle(id: $id) {
      id
      fields {
        id
        nameZh
        nameEn
      }
    }
  }
`);

interface ExpertiseFieldSelectProps extends Omit<SelectProps<string>, 'options' | 'loading'> {
  cycleId: string;
}

/** A choice among the cycle's fields of expertise (专业领域): a nomination is reviewed by experts of its field. */
export function ExpertiseFieldSelect({ cycleId, ...select }: ExpertiseFieldSelectProps) {
  const language = useLanguage();
  const { data, loading } = useQuery(cycleFieldsQuery, { variables: { id: cycleId } });
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={data?.awardCycle.fields.map((field) => ({
        value: field.id,
        label: localizedName(field, language),
      }))}
      {...select}
    />
  );
}

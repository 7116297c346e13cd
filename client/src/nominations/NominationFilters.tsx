import {
  AwardCategory,
  type NominationListQueryVariables,
  type NominationStatus,
} from '@award/schema/generated/graphql';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusesInLifecycleOrder } from './nomination-status';

export type NominationFilterValues = Pick<NominationListQueryVariables, 'category' | 'status'>;

interface NominationFiltersProps {
  value: NominationFilterValues;
  onChange: (value: NominationFilterValues) => void;
}

export function NominationFilters({ value, onChange }: NominationFiltersProps) {
  const { t } = useTranslation('nominations');
  return (
    <Space wrap>
      <Select<AwardCategory>
        allowClear
        style={{ minWidth: 220 }}
        placeholder={t('filter.category')}
        aria-label={t('filter.category')}
        value={value.category ?? undefined}
        onChange={(category) => onChange({ ...value, category })}
        options={Object.values(AwardCategory).map((category) => ({
          value: category,
          label: t(`category.${category}`),
        }))}
      />
      <Select<NominationStatus>
        allowClear
        style={{ minWidth: 200 }}
        placeholder={t('filter.status')}
        aria-label={t('filter.status')}
        value={value.status ?? undefined}
        onChange={(status) => onChange({ ...value, status })}
        options={statusesInLifecycleOrder.map((status) => ({
          value: status,
          label: t(`status.${status}`),
        }))}
      />
    </Space>
  );
}

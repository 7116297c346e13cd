import {
  AwardCategory,
  type NominationListQueryVariables,
  type NominationStatus,
} from '@award/schema/generated/graphql';
import { Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpertiseFieldSelect } from '../cycles/ExpertiseFieldSelect';
import { statusesInLifecycleOrder } from './nomination-status';

export type NominationFilterValues = Pick<
  NominationListQueryVariables,
  'category' | 'status' | 'fieldId' | 'search'
>;

interface NominationFiltersProps {
  value: NominationFilterValues;
  onChange: (value: NominationFilterValues) => void;
  /** The cycle whose fields of expertise are offered. */
  cycleId?: string;
}

/** The list's filters and its search, all answered by the server (the list is paged). */
export function NominationFilters({ value, onChange, cycleId }: NominationFiltersProps) {
  const { t } = useTranslation('nominations');
  // What is typed is sent on Enter or the button, not on every key.
  const [search, setSearch] = useState(value.search ?? '');
  return (
    <Space wrap>
      <Input.Search
        allowClear
        style={{ width: 320 }}
        aria-label={t('filter.search')}
        placeholder={t('filter.search')}
        enterButton={t('filter.searchButton')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onSearch={(text) => onChange({ ...value, search: text.trim() || undefined })}
      />
      <Select<AwardCategory>
        allowClear
        style={{ minWidth: 220 }}
        aria-label={t('filter.category')}
        placeholder={t('filter.category')}
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
        aria-label={t('filter.status')}
        placeholder={t('filter.status')}
        value={value.status ?? undefined}
        onChange={(status) => onChange({ ...value, status })}
        options={statusesInLifecycleOrder.map((status) => ({
          value: status,
          label: t(`status.${status}`),
        }))}
      />
      {cycleId && (
        <ExpertiseFieldSelect
          cycleId={cycleId}
          allowClear
          style={{ minWidth: 220 }}
          aria-label={t('filter.field')}
          placeholder={t('filter.field')}
          value={value.fieldId == null ? undefined : String(value.fieldId)}
          onChange={(fieldId) => onChange({ ...value, fieldId })}
        />
      )}
    </Space>
  );
}

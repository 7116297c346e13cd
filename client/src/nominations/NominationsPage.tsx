import { AwardCategory as AwardCategories, type AwardCategory } from '@award/schema/generated/graphql';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../app/PageHeading';
import { useCurrentCycle } from '../cycles/current-cycle';
import { NominationFilters, type NominationFilterValues } from './NominationFilters';
import { NominationList } from './NominationList';
import { isNominationStatus } from './nomination-status';
import { nominationPath } from './paths';

function isAwardCategory(value: unknown): value is AwardCategory {
  return Object.values(AwardCategories).includes(value as AwardCategory);
}

/** The filters live in the address, so a filtered list can be linked to (from the secretariat's desk). */
function filtersOf(params: URLSearchParams): NominationFilterValues {
  const category = params.get('category');
  const status = params.get('status');
  const fieldId = params.get('field');
  const search = params.get('search');
  return {
    ...(isAwardCategory(category) && { category }),
    ...(isNominationStatus(status) && { status }),
    ...(fieldId && { fieldId }),
    ...(search && { search }),
  };
}

function paramsOf({ category, status, fieldId, search }: NominationFilterValues): Record<string, string> {
  return {
    ...(category && { category }),
    ...(status && { status }),
    ...(fieldId && { field: String(fieldId) }),
    ...(search && { search }),
  };
}

export function NominationsPage() {
  const { t } = useTranslation('nominations');
  const { cycle } = useCurrentCycle();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  return (
    <Flex vertical gap="middle">
      <PageHeading title={t('title')} />
      <NominationFilters
        value={filters}
        cycleId={cycle?.id}
        onChange={(next) => setParams(paramsOf(next), { replace: true })}
      />
      <NominationList filters={filters} linkOf={nominationPath} />
    </Flex>
  );
}

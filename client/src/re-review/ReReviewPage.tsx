import { NominationStatus } from '@award/schema/generated/graphql';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../app/PageHeading';
import { NominationList } from '../nominations/NominationList';

const atReReview = { status: NominationStatus.ReReview };

/** A committee member's home: the nominations before the committee (复评). */
export function ReReviewPage() {
  const { t } = useTranslation('reReview');
  return (
    <Flex vertical gap="middle">
      <PageHeading title={t('title')} intro={t('intro')} />
      <NominationList filters={atReReview} />
    </Flex>
  );
}

import { NominationStatus } from '@award/schema/generated/graphql';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CyclePage } from '../cycles/CyclePage';
import { NominationList } from '../nominations/NominationList';
import { MemberBallots } from './MemberBallots';

const atReReview = { status: NominationStatus.ReReview };

/** A committee member's home (复评投票): the ballots to vote on, and the nominations before the committee. */
export function ReReviewPage() {
  const { t } = useTranslation('reReview');
  return (
    <CyclePage title={t('title')}>
      {(cycle) => (
        <>
          <Typography.Text type="secondary">{t('intro')}</Typography.Text>
          {/* Only the tab shown is on the page: each holds a table of its own. */}
          <Tabs
            destroyOnHidden
            items={[
              { key: 'ballots', label: t('tabs.ballots'), children: <MemberBallots cycleId={cycle.id} /> },
              {
                key: 'nominations',
                label: t('tabs.nominations'),
                children: <NominationList filters={atReReview} />,
              },
            ]}
          />
        </>
      )}
    </CyclePage>
  );
}

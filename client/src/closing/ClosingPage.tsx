import { AwardCategory, Role } from '@award/schema/generated/graphql';
import { Flex, Segmented, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../auth/viewer';
import { CyclePage } from '../cycles/CyclePage';
import { ReReviewDesk } from '../re-review/ReReviewDesk';
import { ApprovalPanel } from './ApprovalPanel';
import { ExportButtons } from './ExportButtons';
import { ObjectionsPanel } from './ObjectionsPanel';
import { PublicityPanel } from './PublicityPanel';
import { StartReReview } from './StartReReview';

/**
 * Closing the cycle, category by category (award-rules.md, Re-review to Approval): the chair's ballots, then
 * publicity, objections, approval and the exports. Each step is offered to the role the API lets take it;
 * the secretariat records objections and exports, the chair votes and approves.
 */
export function ClosingPage() {
  const { t } = useTranslation(['closing', 'nominations']);
  const { roles } = useViewer();
  const isChair = roles.includes(Role.Chair);
  const isSecretariat = roles.includes(Role.Secretariat);
  const [category, setCategory] = useState<AwardCategory>(AwardCategory.Invention);
  return (
    <CyclePage title={t('title')}>
      {(cycle) => (
        <Flex vertical gap="middle">
          <Segmented<AwardCategory>
            aria-label={t('category')}
            value={category}
            onChange={setCategory}
            options={Object.values(AwardCategory).map((value) => ({
              value,
              label: t(`nominations:category.${value}`),
            }))}
          />
          <Tabs
            destroyOnHidden
            items={[
              {
                key: 'reReview',
                label: t('tabs.reReview'),
                children: (
                  <Flex vertical gap="large">
                    {(isChair || isSecretariat) && <StartReReview cycleId={cycle.id} category={category} />}
                    <ReReviewDesk cycleId={cycle.id} category={category} isChair={isChair} />
                  </Flex>
                ),
              },
              {
                key: 'publicity',
                label: t('tabs.publicity'),
                children: <PublicityPanel cycleId={cycle.id} category={category} mayPublish />,
              },
              {
                key: 'objections',
                label: t('tabs.objections'),
                children: <ObjectionsPanel cycleId={cycle.id} category={category} mayFile={isSecretariat} />,
              },
              {
                key: 'approval',
                label: t('tabs.approval'),
                children: <ApprovalPanel cycleId={cycle.id} category={category} isChair={isChair} />,
              },
              { key: 'exports', label: t('tabs.exports'), children: <ExportButtons cycleId={cycle.id} /> },
            ]}
          />
        </Flex>
      )}
    </CyclePage>
  );
}

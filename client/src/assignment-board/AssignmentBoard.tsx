import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CyclePage } from '../cycles/CyclePage';
import { AssignmentBoardIntro } from './AssignmentBoardIntro';
import { NominationReviewersPanel } from './NominationReviewersPanel';
import { OverdueList } from './OverdueList';
import { ProposalList } from './ProposalList';
import { RunSolverForm } from './RunSolverForm';

/** The secretariat's assignment board: solver runs and their proposals, changes by hand, and overdue reviews. */
export function AssignmentBoard() {
  const { t } = useTranslation('assignmentBoard');
  return (
    <CyclePage title={t('title')}>
      {(cycle) => (
        <>
          <AssignmentBoardIntro cycleId={cycle.id} />
          <Tabs
            items={[
              {
                key: 'proposals',
                label: t('tab.proposals'),
                children: (
                  <Flex vertical gap="middle">
                    <RunSolverForm cycleId={cycle.id} />
                    <Typography.Title level={5}>{t('runs.title')}</Typography.Title>
                    <ProposalList cycleId={cycle.id} />
                  </Flex>
                ),
              },
              {
                key: 'reviewers',
                label: t('tab.reviewers'),
                children: <NominationReviewersPanel cycleId={cycle.id} />,
              },
              { key: 'overdue', label: t('tab.overdue'), children: <OverdueList cycleId={cycle.id} /> },
            ]}
          />
        </>
      )}
    </CyclePage>
  );
}

import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { BallotResult, BallotVotes, cascadeSources } from './BallotOutcome';
import type { BallotRow } from './use-cycle-ballots';

interface BallotTableProps {
  ballots: readonly BallotRow[];
  /** Every ballot of the cycle, when `ballots` is a part of them: a cascade is found from the ballot before. */
  allBallots?: readonly BallotRow[];
  isLoading: boolean;
  emptyText: string;
  /** What the viewer may do with a ballot (vote, close), in a last column. */
  actions?: (ballot: BallotRow) => ReactNode;
  ariaLabel: string;
}

/**
 * Ballots as the committee and the chair see them: the nomination, the grade voted on, the attendance, the
 * votes (how many while open, the counts once closed) and the result. Never a voter: the API has none to give.
 */
export function BallotTable({
  ballots,
  allBallots = ballots,
  isLoading,
  emptyText,
  actions,
  ariaLabel,
}: BallotTableProps) {
  const { t } = useTranslation(['reReview', 'nominations']);
  const cascades = cascadeSources(allBallots);
  const columns: TableColumnsType<BallotRow> = [
    {
      key: 'code',
      title: t('column.code'),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, ballot) => ballot.nomination.code,
    },
    {
      key: 'projectName',
      title: t('column.projectName'),
      render: (_, ballot) => ballot.nomination.projectName,
    },
    {
      key: 'category',
      title: t('column.category'),
      render: (_, ballot) => t(`nominations:category.${ballot.nomination.category}`),
    },
    { key: 'grade', title: t('column.grade'), render: (_, ballot) => t(`nominations:grade.${ballot.grade}`) },
    {
      key: 'attendance',
      title: t('column.attendance'),
      render: (_, ballot) => t('attendance', { present: ballot.membersPresent, total: ballot.membersTotal }),
    },
    { key: 'votes', title: t('column.votes'), render: (_, ballot) => <BallotVotes ballot={ballot} /> },
    {
      key: 'result',
      title: t('column.result'),
      render: (_, ballot) => <BallotResult ballot={ballot} cascadedFrom={cascades.get(ballot.id)} />,
    },
    ...(actions
      ? [{ key: 'actions', title: t('column.actions'), render: (_: unknown, b: BallotRow) => actions(b) }]
      : []),
  ];
  return (
    <ListTable<BallotRow>
      aria-label={ariaLabel}
      rows={ballots}
      isLoading={isLoading}
      minWidth={900}
      columns={columns}
      onRow={(ballot) => ({ 'data-code': ballot.nomination.code, 'data-grade': ballot.grade }) as object}
      locale={{ emptyText }}
    />
  );
}

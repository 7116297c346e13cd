import type { TableColumnsType } from 'antd';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { formatScore } from '../chair-console/figures';
import type { BallotCandidate } from './use-ballot-candidates';

interface CandidateTableProps {
  candidates: BallotCandidate[];
  isLoading: boolean;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
}

/** The chair picks the nominations to vote on from the preliminary ranking; a balloted one is done. */
export function CandidateTable({ candidates, isLoading, selectedIds, onSelect }: CandidateTableProps) {
  const { t } = useTranslation(['reReview', 'nominations']);
  const columns: TableColumnsType<BallotCandidate> = [
    { key: 'rank', title: t('desk.rank'), render: (_, row) => row.preliminary?.rank ?? '—' },
    { key: 'code', title: t('column.code'), dataIndex: 'code' },
    { key: 'projectName', title: t('column.projectName'), dataIndex: 'projectName' },
    {
      key: 'officialScore',
      title: t('desk.officialScore'),
      align: 'right',
      render: (_, row) => formatScore(row.preliminary?.officialScore),
    },
    {
      key: 'recommendedGrade',
      title: t('desk.recommendedGrade'),
      render: (_, row) => {
        const grade = row.preliminary?.recommendedGrade;
        return grade ? t(`nominations:grade.${grade}`) : '—';
      },
    },
    {
      key: 'balloted',
      title: t('desk.balloted'),
      render: (_, row) => (row.isBalloted ? <Tag>{t('desk.balloted')}</Tag> : null),
    },
  ];
  return (
    <ListTable<BallotCandidate>
      aria-label={t('desk.candidatesTitle')}
      rows={candidates}
      isLoading={isLoading}
      minWidth={800}
      columns={columns}
      locale={{ emptyText: t('desk.candidatesEmpty') }}
      rowSelection={{
        selectedRowKeys: selectedIds,
        onChange: (keys) => onSelect(keys.map(String)),
        // The server refuses a second start: after a failed grade the next one opens by itself.
        getCheckboxProps: (row) => ({ disabled: row.isBalloted, 'aria-label': row.code }),
      }}
    />
  );
}

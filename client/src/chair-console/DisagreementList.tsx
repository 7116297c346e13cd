import { Button, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from './figures';
import type { RankingRow } from './use-review-progress';

interface DisagreementListProps {
  ranking: readonly RankingRow[];
  onOpen: (row: RankingRow) => void;
}

/** The nominations the rules send to discussion at re-review (award-rules.md, Aggregation: disagreement). */
export function DisagreementList({ ranking, onOpen }: DisagreementListProps) {
  const { t } = useTranslation(['chairConsole', 'nominations']);
  const flagged = ranking.filter((row) => row.hasDisagreement);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('disagreements.intro')}</Typography.Text>
      <List<RankingRow>
        dataSource={flagged}
        rowKey="nominationId"
        // Not antd's empty-list grey, which is its disabled grey (1.8:1): the message is to be read.
        locale={{ emptyText: <Typography.Text type="secondary">{t('disagreements.empty')}</Typography.Text> }}
        renderItem={(row) => (
          <List.Item>
            <Space wrap>
              <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(row)}>
                {row.code}
              </Button>
              <Typography.Text>{row.projectName}</Typography.Text>
              <Tag>{t(`nominations:category.${row.category}`)}</Tag>
              <Tag color="warning">{t('disagreements.spread', { spread: formatScore(row.spread) })}</Tag>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}

import { Card, Col, Flex, Progress, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { percentOf } from './figures';
import type { CategoryProgressRow } from './use-review-progress';

/** One category's sheets: submitted (solid) and drafted (the part still in progress), the overdue ones apart. */
function CategoryProgress({ row }: { row: CategoryProgressRow }) {
  const { t } = useTranslation(['chairConsole', 'nominations']);
  const submitted = percentOf(row.submitted, row.assigned);
  const name = t(`nominations:category.${row.category}`);
  return (
    <Card size="small" role="region" aria-label={name} title={name}>
      <Flex vertical gap={4}>
        <Typography.Text strong data-testid="submitted-count">
          {t('progress.submitted', { submitted: row.submitted, assigned: row.assigned })}
        </Typography.Text>
        {/* The success segment is what is submitted; the whole bar also the drafts under way. */}
        <Progress
          percent={percentOf(row.submitted + row.drafted, row.assigned)}
          success={{ percent: submitted }}
          format={() => `${submitted}%`}
          aria-label={t('progress.submitted', { submitted: row.submitted, assigned: row.assigned })}
        />
        <Space size={4} wrap>
          <Tag>{t('progress.assigned', { count: row.assigned })}</Tag>
          <Tag color="processing">{t('progress.drafted', { count: row.drafted })}</Tag>
          <Tag>{t('progress.notStarted', { count: row.notStarted })}</Tag>
          <Tag color={row.overdue > 0 ? 'error' : 'default'}>
            {t('progress.overdue', { count: row.overdue })}
          </Tag>
        </Space>
      </Flex>
    </Card>
  );
}

/** Preliminary review's progress in each category, as the last snapshot has it. */
export function CategoryProgressPanel({ categories }: { categories: readonly CategoryProgressRow[] }) {
  const { t } = useTranslation('chairConsole');
  return (
    <Flex vertical gap="small">
      <Row gutter={[16, 16]}>
        {categories.map((row) => (
          <Col key={row.category} xs={24} lg={12}>
            <CategoryProgress row={row} />
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">{t('progress.legend')}</Typography.Text>
    </Flex>
  );
}

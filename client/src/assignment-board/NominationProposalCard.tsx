import { MinusCircleOutlined } from '@ant-design/icons';
import type { ProposalDetailsFragment, ReviewerPairInput } from '@award/schema/generated/graphql';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../app/language';
import { AddProposedReviewer } from './AddProposedReviewer';
import type { NominationReviewers } from './ProposedReviewers';

interface NominationProposalCardProps {
  group: NominationReviewers;
  k: number;
  loads: ProposalDetailsFragment['loads'];
  isAdjusting: boolean;
  /** Absent once the proposal is committed or discarded. */
  onRemove?: (pair: ReviewerPairInput) => Promise<boolean>;
  onAdd?: (pair: ReviewerPairInput) => Promise<boolean>;
}

/** One nomination of the proposal: its proposed reviewers with their fit, and an expert to add. */
export function NominationProposalCard({
  group,
  k,
  loads,
  isAdjusting,
  onRemove,
  onAdd,
}: NominationProposalCardProps) {
  const { t } = useTranslation('assignmentBoard');
  const language = useLanguage();
  const { nomination, reviewers } = group;
  return (
    <Card
      size="small"
      role="region"
      aria-label={nomination.code}
      title={`${nomination.code} ${nomination.projectName}`}
      extra={
        <Space>
          <Typography.Text type="secondary">{localizedName(nomination.field, language)}</Typography.Text>
          <Tag color={reviewers.length < k ? 'warning' : 'success'}>
            {t('nomination.reviewerCount', { count: reviewers.length, k })}
          </Tag>
        </Space>
      }
    >
      <Flex vertical gap="small" role="list" aria-label={t('proposal.reviewers')}>
        {reviewers.map((item) => (
          <Flex key={item.expert.id} role="listitem" gap="small" wrap align="center">
            <Typography.Text strong>{item.expert.name}</Typography.Text>
            <Typography.Text type="secondary">
              {[item.expert.title, item.expert.employer?.name].filter(Boolean).join(' · ')}
            </Typography.Text>
            <Tag color={item.isPrimaryField ? 'blue' : 'default'}>
              {t(item.isPrimaryField ? 'nomination.primary' : 'nomination.secondary')}
            </Tag>
            <Typography.Text type="secondary">{t('nomination.fit', { fit: item.fit })}</Typography.Text>
            {onRemove && (
              <Button
                size="small"
                icon={<MinusCircleOutlined />}
                disabled={isAdjusting}
                aria-label={t('nomination.removeLabel', {
                  expert: item.expert.name,
                  nomination: nomination.code,
                })}
                onClick={() => onRemove({ nominationId: nomination.id, expertId: item.expert.id })}
              >
                {t('nomination.remove')}
              </Button>
            )}
          </Flex>
        ))}
      </Flex>
      {onAdd && (
        <AddProposedReviewer
          nomination={nomination}
          proposed={reviewers.map((item) => item.expert)}
          loads={loads}
          isAdjusting={isAdjusting}
          onAdd={onAdd}
        />
      )}
    </Card>
  );
}

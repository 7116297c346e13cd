import { Role } from '@award/schema/generated/graphql';
import { Alert, Badge, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { useViewer } from '../auth/viewer';
import { NominationStatusTag } from '../nominations/NominationStatusTag';
import { formatScore } from './figures';
import { type BallotChange, type FeedEntry, useLiveFeed } from './use-live-feed';

function BallotLine({ change }: { change: BallotChange }) {
  const { t } = useTranslation(['chairConsole', 'nominations']);
  const grade = t(`nominations:grade.${change.grade}`);
  const text = t(`feed.${change.kind}`, {
    grade,
    cast: change.votesCast,
    for: change.votesFor ?? 0,
    against: change.votesAgainst ?? 0,
    abstain: change.votesAbstain ?? 0,
  });
  return (
    <Space size={4} wrap>
      {text}
      {change.isPassed != null && (
        <Tag color={change.isPassed ? 'success' : 'default'}>
          {t(change.isPassed ? 'feed.passed' : 'feed.failed')}
        </Tag>
      )}
    </Space>
  );
}

/** What one entry says happened, in the UI's language. */
function EntryLine({ entry }: { entry: FeedEntry }) {
  const { t } = useTranslation('chairConsole');
  switch (entry.source) {
    case 'sheet':
      return (
        <>
          {t(`feed.${entry.change.kind as 'SUBMITTED' | 'REOPENED'}`, {
            total: formatScore(entry.change.total),
          })}
        </>
      );
    case 'status':
      return (
        <Space size={4} wrap>
          {entry.change.fromStatus && <NominationStatusTag status={entry.change.fromStatus} />}→
          <NominationStatusTag status={entry.change.toStatus} />
        </Space>
      );
    case 'ballot':
      return <BallotLine change={entry.change} />;
  }
}

// A ballot change carries no instant of its own: it is shown when it arrives.
function entryInstant(entry: FeedEntry): string | null {
  return entry.source === 'ballot' ? null : entry.change.at;
}

/** The cycle's submissions, changes of state and votes, newest first, as the server commits them. */
export function LiveFeed({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('chairConsole');
  const language = useLanguage();
  const { entries, error } = useLiveFeed(cycleId, useViewer().roles.includes(Role.Chair));
  return (
    <Card
      size="small"
      role="region"
      aria-label={t('feedTitle')}
      title={
        <Space>
          <Badge status={error ? 'error' : 'processing'} />
          {t('feedTitle')}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={t('feedFailed')} description={error.message} />}
      <List<FeedEntry>
        dataSource={entries}
        rowKey="key"
        // Not antd's empty-list grey, which is its disabled grey (1.8:1): the message is to be read.
        locale={{ emptyText: <Typography.Text type="secondary">{t('feedEmpty')}</Typography.Text> }}
        renderItem={(entry) => {
          const at = entryInstant(entry);
          return (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Typography.Text strong>{entry.code}</Typography.Text>
                <EntryLine entry={entry} />
                {at && <Typography.Text type="secondary">{formatInstant(at, language)}</Typography.Text>}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

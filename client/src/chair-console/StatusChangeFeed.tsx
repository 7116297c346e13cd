import { useSubscription } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { NominationStatusChangeFeedSubscription } from '@award/schema/generated/graphql';
import { Alert, Badge, Card, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { NominationStatusTag } from '../nominations/NominationStatusTag';

const statusChangeFeedSubscription = graphql(`
  subscription NominationStatusChangeFeed($cycleId: ID!) {
    nominationStatusChanged(cycleId: $cycleId) {
      nominationId
      code
      fromStatus
      toStatus
      at
    }
  }
`);

type StatusChange = NominationStatusChangeFeedSubscription['nominationStatusChanged'];

// The console shows what happens while it is open; the history of each nomination is kept by the server.
const longestFeed = 50;

/** Every change of a nomination's state in the cycle, newest first, as the server commits it. */
export function StatusChangeFeed({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('chairConsole');
  const language = useLanguage();
  const [changes, setChanges] = useState<StatusChange[]>([]);
  const { error } = useSubscription(statusChangeFeedSubscription, {
    variables: { cycleId },
    onData: ({ data }) => {
      const change = data.data?.nominationStatusChanged;
      if (change) setChanges((previous) => [change, ...previous].slice(0, longestFeed));
    },
  });
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
      <List<StatusChange>
        dataSource={changes}
        locale={{ emptyText: t('feedEmpty') }}
        renderItem={(change) => (
          <List.Item key={`${change.nominationId}-${change.at}`}>
            <Space direction="vertical" size={2}>
              <Typography.Text strong>{change.code}</Typography.Text>
              <Space size={4} wrap>
                {change.fromStatus && <NominationStatusTag status={change.fromStatus} />}→
                <NominationStatusTag status={change.toStatus} />
              </Space>
              <Typography.Text type="secondary">{formatInstant(change.at, language)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

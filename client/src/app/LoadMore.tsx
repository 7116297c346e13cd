import { NetworkStatus } from '@apollo/client';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** What the foot of a list needs of a connection (the API's paged lists). */
interface Connection {
  totalCount: number;
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface LoadMoreProps {
  connection: Connection;
  networkStatus: NetworkStatus;
  /** The query's own fetchMore: the next page is asked for after the last cursor. */
  fetchMore: (options: { variables: { after: string | null | undefined } }) => Promise<unknown>;
}

/** The foot of a paged list: how much of it is shown, and the button for the next page. */
export function LoadMore({ connection, networkStatus, fetchMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const { totalCount, edges, pageInfo } = connection;
  return (
    <Flex justify="space-between" align="center">
      <Typography.Text type="secondary">
        {t('shownOfTotal', { shown: edges.length, total: totalCount })}
      </Typography.Text>
      {pageInfo.hasNextPage && (
        <Button
          loading={networkStatus === NetworkStatus.fetchMore}
          onClick={() => fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('loadMore')}
        </Button>
      )}
    </Flex>
  );
}

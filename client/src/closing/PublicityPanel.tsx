import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { AwardCategory } from '@award/schema/generated/graphql';
import { Alert, Button, Empty, Flex, Popconfirm, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { PublicityTable } from './PublicityTable';
import { PublicityWindowTag } from './PublicityWindowTag';
import { useClosingStep } from './use-closing-step';

export const publicityListQuery = graphql(`
  query PublicityList($cycleId: ID!, $category: AwardCategory!) {
    publicityList(cycleId: $cycleId, category: $category) {
      id
      publishedAt
      publicityOpensAt
      publicityClosesAt
      entries {
        ...PublicityEntryRow
      }
    }
  }
`);

const publishResultsMutation = graphql(`
  mutation PublishResults($cycleId: ID!, $category: AwardCategory!) {
    publishResults(cycleId: $cycleId, category: $category) {
      id
    }
  }
`);

interface PublicityPanelProps {
  cycleId: string;
  category: AwardCategory;
  /** Staff publish; everyone signed in reads the list. */
  mayPublish: boolean;
}

/** A category's publicity (公示): published from the re-review outcome, then shown with its window. */
export function PublicityPanel({ cycleId, category, mayPublish }: PublicityPanelProps) {
  const { t } = useTranslation('closing');
  const language = useLanguage();
  const { data, loading, error } = useQuery(publicityListQuery, { variables: { cycleId, category } });
  const [publish, { loading: publishing }] = useMutation(publishResultsMutation, {
    refetchQueries: ['PublicityList', 'PublicityWindow', 'BallotCandidates', 'CycleBallots'],
    awaitRefetchQueries: true,
  });
  const { run, refusalAlert } = useClosingStep();
  if (loading) return <Spin />;
  if (error) return <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />;
  const list = data?.publicityList;
  if (!list) {
    return (
      <Flex vertical gap="middle" align="start">
        <Empty description={t('publicity.notPublished')} />
        {mayPublish && (
          <Popconfirm
            title={t('publicity.publishConfirm')}
            okText={t('publicity.publish')}
            cancelText={t('cancel')}
            onConfirm={() =>
              run(() => publish({ variables: { cycleId, category } }), t('publicity.published'))
            }
          >
            <Button type="primary" loading={publishing}>
              {t('publicity.publish')}
            </Button>
          </Popconfirm>
        )}
        {refusalAlert}
      </Flex>
    );
  }
  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" align="center" wrap>
        <Typography.Text data-testid="publicity-window">
          {t('publicity.window', {
            opens: formatInstant(list.publicityOpensAt, language),
            closes: formatInstant(list.publicityClosesAt, language),
          })}
        </Typography.Text>
        <PublicityWindowTag cycleId={cycleId} />
        <Typography.Text type="secondary">
          {t('publicity.publishedAt', { at: formatInstant(list.publishedAt, language) })}
        </Typography.Text>
      </Flex>
      <PublicityTable entries={list.entries} />
    </Flex>
  );
}

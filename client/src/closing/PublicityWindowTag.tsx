import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { WindowKind } from '@award/schema/generated/graphql';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';

const publicityWindowQuery = graphql(`
  query PublicityWindow($cycleId: ID!) {
    awardCycle(id: $cycleId) {
      id
      windows {
        id
        kind
        opensAt
        closesAt
      }
    }
  }
`);

/**
 * Whether publicity runs now, by the cycle's window as it stands (the secretariat may have moved it since
 * publication): objections are taken inside it, and approval waits until it is over.
 */
export function PublicityWindowTag({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('closing');
  const language = useLanguage();
  const { data } = useQuery(publicityWindowQuery, {
    variables: { cycleId },
    fetchPolicy: 'cache-and-network',
  });
  const window = data?.awardCycle.windows.find((w) => w.kind === WindowKind.Publicity);
  if (!window) return null;
  const now = Date.now();
  const state =
    now < Date.parse(window.opensAt) ? 'ahead' : now < Date.parse(window.closesAt) ? 'running' : 'over';
  return (
    <Tag
      color={state === 'running' ? 'processing' : 'default'}
      title={`${formatInstant(window.opensAt, language)} – ${formatInstant(window.closesAt, language)}`}
    >
      {t(`publicity.${state}`)}
    </Tag>
  );
}

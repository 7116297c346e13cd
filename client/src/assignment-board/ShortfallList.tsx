import type { ProposalDetailsFragment } from '@award/schema/generated/graphql';
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The nominations the run could not staff, each with the count that explains it, so the secretariat can
 * see whether to widen the pool, free loads or ask about conflicts (issue 5: say exactly which and why).
 */
export function ShortfallList({ proposal }: { proposal: ProposalDetailsFragment }) {
  const { t } = useTranslation('assignmentBoard');
  if (proposal.shortfalls.length === 0) {
    return <Alert type="success" showIcon title={t('proposal.noShortfalls', { k: proposal.k })} />;
  }
  return (
    <Flex vertical gap="small" aria-label={t('proposal.shortfalls')} role="list">
      {proposal.shortfalls.map((shortfall) => (
        <Alert
          key={shortfall.nomination.id}
          role="listitem"
          type="warning"
          showIcon
          title={t('shortfall', {
            code: shortfall.nomination.code,
            missing: shortfall.needed - shortfall.assigned,
            inField: shortfall.inField,
            unavailable: shortfall.unavailable,
            inConflict: shortfall.inConflict,
            atFullLoad: shortfall.atFullLoad,
          })}
        />
      ))}
    </Flex>
  );
}

import type { ProposalDetailsFragment } from '@award/schema/generated/graphql';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';

/** How good the run is: its fit against what no run can beat, how long it took, and how to repeat it. */
export function ProposalSummary({ proposal }: { proposal: ProposalDetailsFragment }) {
  const { t } = useTranslation('assignmentBoard');
  const language = useLanguage();
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      items={[
        {
          key: 'totalFit',
          label: t('proposal.totalFit'),
          children: `${number.format(proposal.totalFit)}（${t('proposal.upperBound', { upperBound: number.format(proposal.upperBound) })}）`,
        },
        {
          key: 'solveMs',
          label: t('proposal.solveMs'),
          children: t('proposal.ms', { ms: proposal.solveMs }),
        },
        { key: 'seed', label: t('proposal.seed'), children: proposal.seed },
        { key: 'k', label: t('proposal.k'), children: proposal.k },
        {
          key: 'createdAt',
          label: t('runs.createdAt'),
          children: formatInstant(proposal.createdAt, language),
        },
      ]}
    />
  );
}

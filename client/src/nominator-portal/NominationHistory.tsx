import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Card, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { NominationStatusTag } from '../nominations/NominationStatusTag';

const nominationHistoryQuery = graphql(`
  query NominationHistory($id: ID!) {
    nomination(id: $id) {
      id
      code
      projectName
      status
      transitions {
        id
        at
        fromStatus
        toStatus
        reason
        sectionReasons {
          section
          reason
        }
      }
    }
  }
`);

/**
 * Every change of a nomination's state: when, to what, and why; a return names what to correct section by
 * section. Never who reviewed it (award-rules.md, Blind review).
 */
export function NominationHistory({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation('nominatorPortal');
  const { t: tForm } = useTranslation('nominationForm');
  const language = useLanguage();
  const { data, error, loading } = useQuery(nominationHistoryQuery, { variables: { id: nominationId } });
  const nomination = data?.nomination;
  return (
    <Card
      size="small"
      title={nomination ? `${nomination.code} ${nomination.projectName}` : t('historyTitle')}
      aria-label={t('historyTitle')}
    >
      {error && <Alert type="error" showIcon title={t('historyFailed')} description={error.message} />}
      {loading && <Spin />}
      {nomination && (
        <Timeline
          items={nomination.transitions.map((transition) => ({
            key: transition.id,
            children: (
              <>
                <NominationStatusTag status={transition.toStatus} />
                <Typography.Text type="secondary">{formatInstant(transition.at, language)}</Typography.Text>
                {transition.reason && <Typography.Paragraph>{transition.reason}</Typography.Paragraph>}
                {transition.sectionReasons.length > 0 && (
                  <ul aria-label={t('sectionReasons')}>
                    {transition.sectionReasons.map(({ section, reason }) => (
                      <li key={section}>
                        <Typography.Text strong>{tForm(`step.${section}`)}</Typography.Text>：{reason}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}

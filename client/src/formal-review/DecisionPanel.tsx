import { Card, Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AcceptNomination } from './AcceptNomination';
import { ReturnNominationForm } from './ReturnNominationForm';

interface DecisionPanelProps {
  nomination: { id: string; code: string };
  onConflict: () => void;
}

/** The two outcomes of formal review (award-rules.md, Stages and states): accept, or return with reasons. */
export function DecisionPanel({ nomination, onConflict }: DecisionPanelProps) {
  const { t } = useTranslation('formalReview');
  return (
    <Card title={t('decision.actions')} aria-label={t('decision.actions')}>
      <AcceptNomination nomination={nomination} onConflict={onConflict} />
      <Divider />
      <Typography.Title level={5}>{t('return.title')}</Typography.Title>
      <ReturnNominationForm nomination={nomination} onConflict={onConflict} />
    </Card>
  );
}

import { type AwardCategory, NominationStatus } from '@award/schema/generated/graphql';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileObjectionDialog } from './FileObjectionDialog';
import { ObjectionTable } from './ObjectionTable';
import { PublicityWindowTag } from './PublicityWindowTag';
import { useNominationsIn } from './use-nominations-in';
import { useObjections } from './use-objections';

interface ObjectionsPanelProps {
  cycleId: string;
  category: AwardCategory;
  /** Objections reach the secretariat in writing: only it records them (the chair answers them too). */
  mayFile: boolean;
}

/** The objections (异议) of a category's publicity: recorded, classified, investigated and answered. */
export function ObjectionsPanel({ cycleId, category, mayFile }: ObjectionsPanelProps) {
  const { t } = useTranslation('closing');
  const [isFiling, setFiling] = useState(false);
  const { objections, loading, error } = useObjections(cycleId, category);
  const inPublicity = useNominationsIn(cycleId, category, NominationStatus.Publicity);
  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" align="center" wrap>
        <Typography.Text type="secondary">{t('objections.fileIntro')}</Typography.Text>
        <PublicityWindowTag cycleId={cycleId} />
        {mayFile && (
          <Button type="primary" disabled={inPublicity.length === 0} onClick={() => setFiling(true)}>
            {t('objections.file')}
          </Button>
        )}
      </Flex>
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <ObjectionTable objections={objections} isLoading={loading} />
      {isFiling && <FileObjectionDialog nominations={inPublicity} onClose={() => setFiling(false)} />}
    </Flex>
  );
}

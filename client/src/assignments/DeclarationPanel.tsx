import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { ExpertDeclarationQuery } from '@award/schema/generated/graphql';
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';

const acceptDeclarationMutation = graphql(`
  mutation AcceptExpertDeclaration($cycleId: ID!, $version: Int!) {
    acceptExpertDeclaration(cycleId: $cycleId, version: $version) {
      id
      declarationAcceptedAt
    }
  }
`);

interface DeclarationPanelProps {
  cycleId: string;
  declaration: ExpertDeclarationQuery['expertDeclaration'];
}

/**
 * The impartiality and confidentiality declaration, in the UI's language, to accept before any material
 * is shown (award-rules.md, Conflicts of interest). The version accepted is the version read.
 */
export function DeclarationPanel({ cycleId, declaration }: DeclarationPanelProps) {
  const { t } = useTranslation('assignments');
  const language = useLanguage();
  const [accept, { loading, error }] = useMutation(acceptDeclarationMutation, {
    // The declaration's acceptedAt, and the nominations the assignments now show.
    refetchQueries: ['ExpertDeclaration', 'ExpertInbox'],
    awaitRefetchQueries: true,
  });
  return (
    <Card title={t('declaration.title')} aria-label={t('declaration.title')} role="region">
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>
        {language === 'zh-CN' ? declaration.textZh : declaration.textEn}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('declaration.failed', { message: error.message })} />}
      <Button
        type="primary"
        loading={loading}
        onClick={() =>
          accept({ variables: { cycleId, version: declaration.version } }).catch(() => undefined)
        }
      >
        {t('declaration.accept')}
      </Button>
    </Card>
  );
}

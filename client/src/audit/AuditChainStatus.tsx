import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const auditChainCheckQuery = graphql(`
  query AuditChainCheck {
    auditChainCheck {
      isIntact
      checkedCount
      firstBrokenId
    }
  }
`);

/** Whether the trail is as it was written: the server recomputes its hash chain on each visit. */
export function AuditChainStatus() {
  const { t } = useTranslation('audit');
  const { data } = useQuery(auditChainCheckQuery, { fetchPolicy: 'network-only' });
  const check = data?.auditChainCheck;
  if (!check) return null;
  return check.isIntact ? (
    <Tag color="success">{t('chainIntact', { count: check.checkedCount })}</Tag>
  ) : (
    <Tag color="error">{t('chainBroken', { id: check.firstBrokenId })}</Tag>
  );
}

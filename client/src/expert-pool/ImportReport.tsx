import type { ExpertImportReportFieldsFragment } from '@award/schema/generated/graphql';
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';

/** What an import did or would do; refused rows by row number and column, as the spreadsheet has them. */
export function ImportReport({ report }: { report: ExpertImportReportFieldsFragment }) {
  const { t } = useTranslation('expertPool');
  const counts = { created: report.created, updated: report.updated };
  if (report.refused.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        title={report.isCommitted ? t('import.committed', counts) : t('import.dryRunOk', counts)}
      />
    );
  }
  return (
    <>
      <Alert type="error" showIcon title={t('import.refusedTitle', { count: report.refused.length })} />
      <Table
        size="small"
        rowKey={(refusal) => `${refusal.row}:${refusal.field}:${refusal.message}`}
        dataSource={report.refused}
        pagination={false}
        aria-label={t('import.refusedTitle', { count: report.refused.length })}
        columns={[
          { key: 'row', title: t('import.row'), dataIndex: 'row', width: 80 },
          { key: 'field', title: t('import.field'), dataIndex: 'field', width: 200 },
          { key: 'message', title: t('import.message'), dataIndex: 'message' },
        ]}
      />
    </>
  );
}

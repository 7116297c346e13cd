import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Button, Card, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAsBase64 } from './file-base64';
import { ImportReport } from './ImportReport';
import { TemplateDownload } from './TemplateDownload';

const importExpertsMutation = graphql(`
  mutation ImportExperts($cycleId: ID!, $fileName: String!, $fileBase64: String!, $dryRun: Boolean!) {
    importExperts(cycleId: $cycleId, fileName: $fileName, fileBase64: $fileBase64, dryRun: $dryRun) {
      ...ExpertImportReportFields
    }
  }

  fragment ExpertImportReportFields on ExpertImportReport {
    created
    updated
    isDryRun
    isCommitted
    refused {
      row
      field
      message
    }
  }
`);

/**
 * The spreadsheet import: a dry run first, then the real one once every row passes. The API writes all
 * rows or none (issue 5, Bad input), so a refused import is corrected and sent again whole.
 */
export function ExpertImport({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('expertPool');
  const [file, setFile] = useState<File>();
  const [importExperts, { data, loading, error, reset }] = useMutation(importExpertsMutation, {
    refetchQueries: ({ data: result }) => (result?.importExperts.isCommitted ? ['ExpertPool'] : []),
  });
  const report = data?.importExperts;
  const send = async (dryRun: boolean) => {
    if (!file) return;
    const fileBase64 = await readAsBase64(file);
    await importExperts({ variables: { cycleId, fileName: file.name, fileBase64, dryRun } }).catch(
      () => undefined,
    );
  };
  const isDryRunPassed = report?.isDryRun === true && report.refused.length === 0;
  return (
    <Card title={t('import.title')} extra={<TemplateDownload />}>
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('import.hint')}</Typography.Text>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(picked) => {
            setFile(picked);
            reset();
            // Read in the browser and sent with the mutation, not uploaded on its own.
            return false;
          }}
          onRemove={() => {
            setFile(undefined);
            reset();
          }}
        >
          <Button icon={<UploadOutlined />}>{t('import.pick')}</Button>
        </Upload>
        <Flex gap="small">
          <Button disabled={!file} loading={loading && !isDryRunPassed} onClick={() => send(true)}>
            {t('import.dryRun')}
          </Button>
          <Button
            type="primary"
            disabled={!isDryRunPassed}
            loading={loading && isDryRunPassed}
            onClick={() => send(false)}
          >
            {t('import.run')}
          </Button>
        </Flex>
        {error && <Alert type="error" showIcon title={t('import.failed', { message: error.message })} />}
        {report && <ImportReport report={report} />}
      </Flex>
    </Card>
  );
}

import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentError, downloadDocument } from '../nomination-files/document-download';

const reports = ['rankings', 'results', 'final-list'] as const;
const formats = ['xlsx', 'pdf'] as const;

/** Where the API serves the exports of closing the cycle (api/src/closing/closing-exports.router.ts). */
const exportPath = (cycleId: string, report: string, format: string) =>
  `/documents/cycles/${cycleId}/${report}.${format}`;

/**
 * The exports of rankings, results and the final list, in Chinese, as Excel and PDF. Fetched, so that a
 * refusal (not approved yet, not staff) shows the server's message instead of a downloaded error.
 */
export function ExportButtons({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('closing');
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const download = async (path: string, name: string) => {
    setFailure(undefined);
    setBusy(path);
    try {
      await downloadDocument(path, name);
    } catch (error) {
      setFailure(t('exports.failed', { message: (error as DocumentError).message }));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">{t('exports.intro')}</Typography.Text>
      {reports.map((report) => (
        <Flex key={report} gap="small" align="center" wrap>
          <Typography.Text strong style={{ minWidth: 96 }}>
            {t(`exports.${report}`)}
          </Typography.Text>
          {formats.map((format) => {
            const path = exportPath(cycleId, report, format);
            return (
              <Button
                key={format}
                icon={format === 'pdf' ? <FilePdfOutlined /> : <FileExcelOutlined />}
                loading={busy === path}
                onClick={() => void download(path, `${report}.${format}`)}
              >
                {`${t(`exports.${report}`)} ${format.toUpperCase()}`}
              </Button>
            );
          })}
        </Flex>
      ))}
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
    </Flex>
  );
}

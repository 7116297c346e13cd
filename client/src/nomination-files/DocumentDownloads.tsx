import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentError, documentPaths, downloadDocument } from './document-download';

/** The form and the pledge as PDFs, to print, stamp or sign, and upload back. */
export function DocumentDownloads({
  nominationId,
  onDownloaded,
}: {
  nominationId: string;
  onDownloaded: () => void;
}) {
  const { t } = useTranslation('nominationForm');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const links = [
    {
      key: 'formPdf',
      path: documentPaths.formPdf(nominationId),
      label: t('files.formPdf'),
      name: 'form.pdf',
    },
    {
      key: 'pledgePdf',
      path: documentPaths.pledgePdf(nominationId),
      label: t('files.pledgePdf'),
      name: 'pledge.pdf',
    },
  ];

  async function download(event: MouseEvent, path: string, name: string) {
    event.preventDefault();
    setFailure(undefined);
    setBusy(path);
    try {
      await downloadDocument(path, name);
      // A printout is recorded on the server (FORM_PRINTED): what is missing for submission changes.
      onDownloaded();
    } catch (error) {
      setFailure(t('files.downloadFailed', { message: (error as DocumentError).message }));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Flex vertical gap="small">
      <Typography.Text type="secondary">{t('files.formPdfHint')}</Typography.Text>
      <Flex gap="middle" wrap>
        {links.map(({ key, path, label, name }) => (
          <Button
            key={key}
            href={path}
            icon={<FilePdfOutlined />}
            loading={busy === path}
            onClick={(event) => void download(event, path, name)}
          >
            {label}
          </Button>
        ))}
      </Flex>
      {failure && <Alert type="error" showIcon title={failure} />}
    </Flex>
  );
}

import type { NominationFileFieldsFragment } from '@award/schema/generated/graphql';
import { Alert, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { documentPaths } from '../nomination-files/document-download';

function FilePreview({ file }: { file: NominationFileFieldsFragment }) {
  const { t } = useTranslation('scoring');
  const path = documentPaths.file(file.id);
  // The API serves files inline from the same origin (the session cookie goes along); it stores only PDFs,
  // JPEGs and PNGs, checked by content, so the browser's own viewers show them.
  if (file.mediaType === 'application/pdf') {
    return <iframe src={path} title={file.fileName} style={{ width: '100%', height: '100%', border: 0 }} />;
  }
  if (file.mediaType.startsWith('image/')) {
    return <img src={path} alt={file.fileName} style={{ maxWidth: '100%' }} />;
  }
  return <Alert type="info" showIcon title={t('viewer.noPreview')} />;
}

/**
 * A file of the nomination opened over the reader's side, without a mask, so that the score sheet stays in
 * sight and in reach while the expert reads the evidence.
 */
export function EvidenceViewer({
  file,
  onClose,
}: {
  file?: NominationFileFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation('scoring');
  return (
    <Drawer
      open={file !== undefined}
      onClose={onClose}
      placement="left"
      size="50vw"
      mask={false}
      title={file?.fileName}
      extra={
        file && (
          <a href={documentPaths.file(file.id)} target="_blank" rel="noreferrer">
            {t('viewer.openInNewTab')}
          </a>
        )
      }
      styles={{ body: { padding: 0, overflow: 'auto' } }}
    >
      {file && <FilePreview file={file} />}
    </Drawer>
  );
}

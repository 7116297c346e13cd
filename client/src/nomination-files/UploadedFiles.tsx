import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { NominationFileFieldsFragment } from '@award/schema/generated/graphql';
import { Alert, App, Button, Popconfirm, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { documentPaths } from './document-download';
import { fileSizeText } from './nomination-file';

const deleteNominationFileMutation = graphql(`
  mutation DeleteNominationFile($id: ID!) {
    deleteNominationFile(id: $id)
  }
`);

interface UploadedFilesProps {
  files: readonly NominationFileFieldsFragment[];
  isLoading: boolean;
  isEditable: boolean;
  onDeleted: () => void;
}

/** What has been uploaded, each file opened from the API (never from a guessable path), and deleted. */
export function UploadedFiles({ files, isLoading, isEditable, onDeleted }: UploadedFilesProps) {
  const { t } = useTranslation('nominationForm');
  const language = useLanguage();
  const { message } = App.useApp();
  const [deleteFile, { error }] = useMutation(deleteNominationFileMutation);

  async function remove(id: string) {
    const result = await deleteFile({ variables: { id } }).catch(() => undefined);
    if (!result?.data) return;
    void message.success(t('files.removed'));
    onDeleted();
  }

  const columns: TableColumnsType<NominationFileFieldsFragment> = [
    {
      key: 'purpose',
      title: t('files.purpose'),
      render: (_, file) =>
        file.evidenceKind
          ? `${t(`purpose.${file.purpose}`)} · ${t(`evidenceKind.${file.evidenceKind}`)}`
          : t(`purpose.${file.purpose}`),
    },
    {
      key: 'fileName',
      title: t('files.fileName'),
      render: (_, file) => (
        <a href={documentPaths.file(file.id)} target="_blank" rel="noreferrer">
          {file.fileName}
        </a>
      ),
    },
    { key: 'size', title: t('files.size'), render: (_, file) => fileSizeText(file.sizeBytes) },
    {
      key: 'uploadedAt',
      title: t('files.uploadedAt'),
      render: (_, file) => formatInstant(file.uploadedAt, language),
    },
    {
      key: 'actions',
      title: '',
      render: (_, file) => (
        <Popconfirm title={t('files.removeConfirm')} onConfirm={() => remove(file.id)} disabled={!isEditable}>
          <Button danger size="small" disabled={!isEditable}>
            {t('files.remove')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 8 }} />}
      <ListTable<NominationFileFieldsFragment>
        rows={files}
        isLoading={isLoading}
        minWidth={700}
        columns={columns}
        locale={{ emptyText: t('files.noFiles') }}
      />
    </>
  );
}

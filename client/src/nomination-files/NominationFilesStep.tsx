import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentDownloads } from './DocumentDownloads';
import { FileUpload } from './FileUpload';
import { UploadedFiles } from './UploadedFiles';

const nominationFilesQuery = graphql(`
  query NominationFiles($id: ID!) {
    nomination(id: $id) {
      id
      files {
        id
        ...NominationFileFields
      }
    }
  }
`);

/** The filing flow's steps 4 and 5 (award-rules.md): download the PDFs, upload them stamped, and the evidence. */
export function NominationFilesStep({
  nominationId,
  isEditable,
}: {
  nominationId: string;
  isEditable: boolean;
}) {
  const { t } = useTranslation('nominationForm');
  const client = useApolloClient();
  const { data, loading, error } = useQuery(nominationFilesQuery, { variables: { id: nominationId } });
  // A download, an upload or a deletion changes what submission still needs, shown on the submit step, and
  // the files of a returned nomination count as changed (the form's progress).
  const refresh = () =>
    void client.refetchQueries({ include: ['NominationFiles', 'SubmissionReadiness', 'NominationForm'] });
  return (
    <>
      <Typography.Title level={5}>{t('files.downloads')}</Typography.Title>
      <DocumentDownloads nominationId={nominationId} onDownloaded={refresh} />
      <Divider />
      <Typography.Title level={5}>{t('files.uploads')}</Typography.Title>
      <FileUpload nominationId={nominationId} isEditable={isEditable} onUploaded={refresh} />
      <Divider />
      <Typography.Title level={5}>{t('files.uploaded')}</Typography.Title>
      {error && <Alert type="error" showIcon title={error.message} />}
      <UploadedFiles
        files={data?.nomination.files ?? []}
        isLoading={loading}
        isEditable={isEditable}
        onDeleted={refresh}
      />
    </>
  );
}

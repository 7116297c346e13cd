import { UploadOutlined } from '@ant-design/icons';
import { EvidenceKind, FilePurpose } from '@award/schema/generated/graphql';
import { Alert, Button, Flex, Form, Select, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { documentErrorOf, documentPaths } from './document-download';
import { evidenceKindsByGroup } from './evidence-kinds';

const purposes = [FilePurpose.StampedForm, FilePurpose.SignedPledge, FilePurpose.Evidence];

interface FileUploadProps {
  nominationId: string;
  isEditable: boolean;
  onUploaded: () => void;
}

/**
 * Uploads one file at a time, with its purpose (and the kind of evidence), as multipart to the API, showing
 * its progress; the server checks the real type by content, the size and duplicates, and says why it refuses.
 */
export function FileUpload({ nominationId, isEditable, onUploaded }: FileUploadProps) {
  const { t } = useTranslation('nominationForm');
  const language = useLanguage();
  const [purpose, setPurpose] = useState<FilePurpose>(FilePurpose.StampedForm);
  const [evidenceKind, setEvidenceKind] = useState<EvidenceKind>(EvidenceKind.NoveltySearch);
  const [failures, setFailures] = useState<string[]>([]);

  const onChange: UploadProps['onChange'] = ({ file }) => {
    if (file.status === 'done') onUploaded();
    if (file.status === 'error') {
      const { message } = documentErrorOf(file.response, file.error?.status ?? 0);
      setFailures((previous) => [...previous, t('files.uploadFailed', { name: file.name, message })]);
    }
  };

  return (
    <Flex vertical gap="small">
      <Form layout="inline" disabled={!isEditable}>
        <Form.Item label={t('files.purpose')}>
          <Select<FilePurpose>
            aria-label={t('files.purpose')}
            style={{ minWidth: 180 }}
            value={purpose}
            onChange={setPurpose}
            options={purposes.map((value) => ({ value, label: t(`purpose.${value}`) }))}
          />
        </Form.Item>
        {purpose === FilePurpose.Evidence && (
          <Form.Item label={t('files.evidenceKind')}>
            <Select<EvidenceKind>
              aria-label={t('files.evidenceKind')}
              style={{ minWidth: 200 }}
              // Eleven kinds under four headings: all in the page at once (a virtual list would leave the ones
              // below the fold out of it, out of reach of a screen reader's search and of find-in-page).
              virtual={false}
              value={evidenceKind}
              onChange={setEvidenceKind}
              options={evidenceKindsByGroup.map(({ group, kinds }) => ({
                label: t(`evidenceGroup.${group}`),
                title: t(`evidenceGroup.${group}`),
                options: kinds.map((kind) => ({ value: kind, label: t(`evidenceKind.${kind}`) })),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item>
          <Upload
            action={documentPaths.uploads(nominationId)}
            name="file"
            data={purpose === FilePurpose.Evidence ? { purpose, evidenceKind } : { purpose }}
            // The session is the httpOnly cookie, as for /graphql; refusals come in the UI's language.
            withCredentials
            headers={{ 'accept-language': language }}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            onChange={onChange}
            disabled={!isEditable}
          >
            <Button icon={<UploadOutlined />}>{t('files.choose')}</Button>
          </Upload>
        </Form.Item>
      </Form>
      {failures.map((failure, i) => (
        <Alert
          // Refusals are kept in the order they came; none is edited, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          type="error"
          showIcon
          closable={{ onClose: () => setFailures((previous) => previous.filter((_, j) => j !== i)) }}
          title={failure}
        />
      ))}
    </Flex>
  );
}

import { FilePurpose, type NominationFileFieldsFragment } from '@award/schema/generated/graphql';
import { Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { documentPaths } from '../nomination-files/document-download';
import { evidenceKindsByGroup } from '../nomination-files/evidence-kinds';
import { fileSizeText } from '../nomination-files/nomination-file';

interface FileViewing {
  /** Opens a file beside the page (a reviewer's viewer) instead of a new tab; the link still works as one. */
  onView?: (file: NominationFileFieldsFragment) => void;
}

function FileLink({ file, onView }: { file: NominationFileFieldsFragment } & FileViewing) {
  const { t } = useTranslation('nominationForm');
  const language = useLanguage();
  return (
    <Flex gap="small" wrap align="baseline">
      {file.evidenceKind && (
        <Typography.Text strong>{t(`evidenceKind.${file.evidenceKind}`)}</Typography.Text>
      )}
      {/* Opened from the API, which checks the viewer's right to the nomination; a new tab keeps the review. */}
      <a
        href={documentPaths.file(file.id)}
        target="_blank"
        rel="noreferrer"
        onClick={(event) => {
          if (!onView || event.ctrlKey || event.metaKey || event.shiftKey) return;
          event.preventDefault();
          onView(file);
        }}
      >
        {file.fileName}
      </a>
      <Typography.Text type="secondary">
        {fileSizeText(file.sizeBytes)} · {formatInstant(file.uploadedAt, language)}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The files formal review checks (award-rules.md, The online filing flow): the stamped form, the signed pledge,
 * and the evidence under its group, in the order the nominator's upload step lists them.
 */
export function SubmittedFiles({
  files,
  onView,
}: { files: readonly NominationFileFieldsFragment[] } & FileViewing) {
  const { t } = useTranslation(['formalReview', 'nominationForm']);
  const ofPurpose = (purpose: FilePurpose) => files.filter((file) => file.purpose === purpose);
  const evidence = ofPurpose(FilePurpose.Evidence);
  const groups = [
    {
      key: FilePurpose.StampedForm,
      label: t('nominationForm:purpose.STAMPED_FORM'),
      files: ofPurpose(FilePurpose.StampedForm),
    },
    {
      key: FilePurpose.SignedPledge,
      label: t('nominationForm:purpose.SIGNED_PLEDGE'),
      files: ofPurpose(FilePurpose.SignedPledge),
    },
    ...evidenceKindsByGroup.map(({ group }) => ({
      key: group,
      label: `${t('nominationForm:purpose.EVIDENCE')} · ${t(`nominationForm:evidenceGroup.${group}`)}`,
      files: evidence.filter((file) => file.evidenceGroup === group),
    })),
  ];
  return (
    <Card title={t('decision.files')} aria-label={t('decision.files')}>
      {files.length === 0 ? (
        <Empty description={t('decision.noFiles')} />
      ) : (
        <Descriptions
          size="small"
          bordered
          column={1}
          items={groups.map((group) => ({
            key: group.key,
            label: group.label,
            children:
              group.files.length > 0 ? (
                <Flex vertical gap={4}>
                  {group.files.map((file) => (
                    <FileLink key={file.id} file={file} onView={onView} />
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('decision.noFiles')}</Typography.Text>
              ),
          }))}
        />
      )}
    </Card>
  );
}

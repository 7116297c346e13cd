import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { NominationFileFieldsFragment, NominationReadingQuery } from '@award/schema/generated/graphql';
import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintedBlockView } from '../formal-review/PrintedBlockView';
import { SubmittedFiles } from '../formal-review/SubmittedFiles';
import { EvidenceViewer } from './EvidenceViewer';
import { useReaderSections } from './reader-sections';

// The fields of the nominator's form, as its own autosave reads them back, and what a reader names besides.
const nominationReadingQuery = graphql(`
  query NominationReading($id: ID!) {
    nomination(id: $id) {
      id
      category
      field {
        id
        nameZh
        nameEn
      }
      nominator {
        id
        name
      }
      completingOrganizations {
        id
        organization {
          id
          name
        }
      }
      ...NominationDraftFields
      files {
        id
        ...NominationFileFields
      }
    }
  }
`);

function ReaderSections({ nomination }: { nomination: NominationReadingQuery['nomination'] }) {
  const sections = useReaderSections(nomination);
  return sections.map((section) => (
    <section key={section.heading} aria-label={section.heading}>
      <Typography.Title level={5}>{section.heading}</Typography.Title>
      <Flex vertical gap="small">
        {section.blocks.map((block, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a section's blocks are built in a fixed order
          <PrintedBlockView key={index} block={block} />
        ))}
      </Flex>
    </section>
  ));
}

/** The nomination as the reviewer reads it: every section of the form, read-only, then its files. */
export function NominationReader({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation('scoring');
  const { data, error } = useQuery(nominationReadingQuery, { variables: { id: nominationId } });
  const [viewed, setViewed] = useState<NominationFileFieldsFragment>();
  const nomination = data?.nomination;
  if (error) return <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />;
  if (!nomination) return <Spin />;
  return (
    <Flex vertical gap="middle">
      <Card title={t('reader.title')} aria-label={t('reader.title')}>
        {/* Long Chinese prose reads best a little larger and looser than antd's default body text. */}
        <Flex vertical gap="large" style={{ fontSize: 15, lineHeight: 1.8 }}>
          <ReaderSections nomination={nomination} />
        </Flex>
      </Card>
      <SubmittedFiles files={nomination.files} onView={setViewed} />
      <EvidenceViewer file={viewed} onClose={() => setViewed(undefined)} />
    </Flex>
  );
}

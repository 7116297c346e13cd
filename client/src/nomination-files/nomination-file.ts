import { graphql } from '@award/schema/generated';

/** What a list of a nomination's files shows of each: the nominator's upload step and a reviewer's reading. */
export const nominationFileFragment = graphql(`
  fragment NominationFileFields on NominationFile {
    id
    fileName
    mediaType
    sizeBytes
    purpose
    evidenceKind
    evidenceGroup
    uploadedAt
  }
`);

/** A file's size in whole kilobytes, at least 1 so that a small file never reads as empty. */
export const fileSizeText = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { NominationFormQuery } from '@award/schema/generated/graphql';
import { Alert, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../app/PageHeading';
import { NominationStatusTag } from '../nominations/NominationStatusTag';
import { draftFieldsOf } from './draft-fields';
import { NominationWizard } from './NominationWizard';
import type { StoredDraft } from './use-autosave';

const nominationFormQuery = graphql(`
  query NominationForm($id: ID!) {
    nomination(id: $id) {
      id
      code
      category
      cycle {
        id
      }
      ...NominationDraftFields
      ...NominationProgress
    }
  }
`);

function storedDraftOf(nomination: NominationFormQuery['nomination']): StoredDraft {
  return { fields: draftFieldsOf(nomination), version: nomination.version };
}

/** /my-nominations/:nominationId: one nomination's form, its files and its submission. */
export function NominationFormPage() {
  const { t } = useTranslation('nominationForm');
  const { nominationId = '' } = useParams();
  const { data, error, refetch } = useQuery(nominationFormQuery, { variables: { id: nominationId } });
  // What the form starts from: the draft as first read, or as reloaded after a conflict. Later saves update
  // the cache (completeness, version), never the values under the user's fingers.
  const [stored, setStored] = useState<StoredDraft>();
  const [isReloading, setReloading] = useState(false);
  const nomination = data?.nomination;
  if (nomination && !stored) setStored(storedDraftOf(nomination));

  async function reload() {
    setReloading(true);
    try {
      const result = await refetch();
      if (result.data) setStored(storedDraftOf(result.data.nomination));
    } finally {
      setReloading(false);
    }
  }

  return (
    <Flex vertical gap="middle">
      <PageHeading
        title={nomination ? `${nomination.code} ${nomination.projectName}` : t('step.BASICS')}
        extra={nomination && <NominationStatusTag status={nomination.status} />}
        intro={<Link to="/my-nominations">{t('backToList')}</Link>}
      />
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      {!nomination && !error && <Spin />}
      {nomination && stored && (
        <NominationWizard
          // A reloaded draft starts a fresh form: the values, the version and the save state all from the server.
          key={stored.version}
          nomination={nomination}
          stored={stored}
          onReload={() => void reload()}
          isReloading={isReloading}
        />
      )}
    </Flex>
  );
}

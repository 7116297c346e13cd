import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NominationReviewerTable } from './NominationReviewerTable';

// A hundred of each is the API's page; a cycle's nominations under review fit in it.
const reviewableNominationsQuery = graphql(`
  query ReviewableNominations($cycleId: ID!) {
    accepted: nominations(cycleId: $cycleId, status: ACCEPTED, first: 100) {
      edges {
        node {
          id
          code
          projectName
        }
      }
    }
    inReview: nominations(cycleId: $cycleId, status: PRELIMINARY_REVIEW, first: 100) {
      edges {
        node {
          id
          code
          projectName
        }
      }
    }
  }
`);

/** Changes after the fact: pick a nomination that takes reviewers, then replace or remove one of them. */
export function NominationReviewersPanel({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('assignmentBoard');
  const [nominationId, setNominationId] = useState<string>();
  const { data, loading } = useQuery(reviewableNominationsQuery, { variables: { cycleId } });
  const nominations = [...(data?.accepted.edges ?? []), ...(data?.inReview.edges ?? [])]
    .map((edge) => edge.node)
    .sort((a, b) => a.code.localeCompare(b.code));
  return (
    <Flex vertical gap="middle">
      <Select<string>
        aria-label={t('reviewers.pickNomination')}
        placeholder={t('reviewers.pickPlaceholder')}
        showSearch={{ optionFilterProp: 'label' }}
        loading={loading}
        value={nominationId}
        onChange={setNominationId}
        style={{ maxWidth: 640 }}
        options={nominations.map((nomination) => ({
          value: nomination.id,
          label: `${nomination.code} ${nomination.projectName}`,
        }))}
      />
      {nominationId && <NominationReviewerTable nominationId={nominationId} />}
    </Flex>
  );
}

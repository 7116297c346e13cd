import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Button, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../app/PageHeading';
import { LoadTable } from './LoadTable';
import { ProposalActions } from './ProposalActions';
import { ProposalSummary } from './ProposalSummary';
import { ProposedReviewers } from './ProposedReviewers';
import { boardPath } from './paths';
import { ShortfallList } from './ShortfallList';

// Everything the board shows of a proposal: the query and every mutation of it ask for the same, so the
// cache keeps one proposal up to date whichever of them answered last.
export const proposalDetailsFragment = graphql(`
  fragment ProposalDetails on AssignmentProposal {
    id
    category
    seed
    status
    k
    createdAt
    totalFit
    upperBound
    solveMs
    version
    items {
      nomination {
        ...ProposalNomination
      }
      expert {
        id
        name
        title
        employer {
          id
          name
        }
      }
      fit
      isPrimaryField
    }
    shortfalls {
      nomination {
        ...ProposalNomination
      }
      needed
      assigned
      eligible
      inField
      unavailable
      inConflict
      atFullLoad
    }
    loads {
      expert {
        id
        name
        isAvailable
        employer {
          id
          name
        }
        fields {
          id
          isPrimary
          field {
            id
          }
        }
      }
      existing
      proposed
      maxLoad
    }
  }

  fragment ProposalNomination on Nomination {
    id
    code
    projectName
    expertConflicts {
      expertId
      reasons {
        rule
        detail
      }
    }
    field {
      id
      code
      nameZh
      nameEn
    }
  }
`);

const proposalQuery = graphql(`
  query AssignmentProposal($id: ID!) {
    assignmentProposal(id: $id) {
      ...ProposalDetails
    }
  }
`);

/** One run of the solver: its reviewers per nomination, what it could not staff, and the load it leaves. */
export function ProposalPage() {
  const { t } = useTranslation(['assignmentBoard', 'nominations']);
  const { proposalId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(proposalQuery, { variables: { id: proposalId } });
  const proposal = data?.assignmentProposal;
  return (
    <Flex vertical gap="middle">
      <Link to={boardPath}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('proposal.back')}
        </Button>
      </Link>
      {loading && <Spin />}
      {error && <Alert type="error" showIcon title={t('proposal.loadFailed')} description={error.message} />}
      {proposal && (
        <>
          <PageHeading
            title={t('proposal.title', { category: t(`nominations:category.${proposal.category}`) })}
            extra={<Tag>{t(`proposalStatus.${proposal.status}`)}</Tag>}
          />
          <ProposalSummary proposal={proposal} />
          <ProposalActions proposal={proposal} onStale={() => refetch()} />
          <Typography.Title level={5}>{t('proposal.shortfalls')}</Typography.Title>
          <ShortfallList proposal={proposal} />
          <Typography.Title level={5}>{t('proposal.reviewers')}</Typography.Title>
          <ProposedReviewers proposal={proposal} onStale={() => refetch()} />
          <Typography.Title level={5}>{t('proposal.loads')}</Typography.Title>
          <LoadTable loads={proposal.loads} />
        </>
      )}
    </Flex>
  );
}

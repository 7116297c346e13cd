import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { ProposalDetailsFragment, ReviewerPairInput } from '@award/schema/generated/graphql';
import { Flex } from 'antd';
import { NominationProposalCard } from './NominationProposalCard';
import { RefusalAlert } from './RefusalAlert';
import { useProposalChange } from './use-proposal-change';

const adjustProposalMutation = graphql(`
  mutation AdjustAssignmentProposal(
    $id: ID!
    $version: Int!
    $add: [ReviewerPairInput!]!
    $remove: [ReviewerPairInput!]!
  ) {
    adjustAssignmentProposal(id: $id, version: $version, add: $add, remove: $remove) {
      ...ProposalDetails
    }
  }
`);

type Item = ProposalDetailsFragment['items'][number];
export type ProposalNomination = Item['nomination'];

export interface NominationReviewers {
  nomination: ProposalNomination;
  reviewers: Item[];
}

/** The proposal by nomination, in the order of their codes; a nomination nobody could review is listed too. */
function byNomination(proposal: ProposalDetailsFragment): NominationReviewers[] {
  const groups = new Map<string, NominationReviewers>();
  const groupOf = (nomination: ProposalNomination) => {
    const group = groups.get(nomination.id) ?? { nomination, reviewers: [] };
    groups.set(nomination.id, group);
    return group;
  };
  for (const item of proposal.items) groupOf(item.nomination).reviewers.push(item);
  for (const shortfall of proposal.shortfalls) groupOf(shortfall.nomination);
  return [...groups.values()].sort((a, b) => a.nomination.code.localeCompare(b.nomination.code));
}

interface ProposedReviewersProps {
  proposal: ProposalDetailsFragment;
  onStale: () => void;
}

/** The reviewers the run proposes, nomination by nomination; a draft can be adjusted pair by pair. */
export function ProposedReviewers({ proposal, onStale }: ProposedReviewersProps) {
  const [adjust, { loading }] = useMutation(adjustProposalMutation);
  const { change, refusal, clearRefusal } = useProposalChange(onStale);
  const isDraft = proposal.status === 'DRAFT';
  const adjustWith = (changes: { add?: ReviewerPairInput[]; remove?: ReviewerPairInput[] }) =>
    change(() =>
      adjust({
        variables: { id: proposal.id, version: proposal.version, add: [], remove: [], ...changes },
      }),
    );
  return (
    <Flex vertical gap="middle">
      <RefusalAlert refusal={refusal} onClose={clearRefusal} />
      {byNomination(proposal).map((group) => (
        <NominationProposalCard
          key={group.nomination.id}
          group={group}
          k={proposal.k}
          loads={proposal.loads}
          isAdjusting={loading}
          onRemove={isDraft ? (pair) => adjustWith({ remove: [pair] }) : undefined}
          onAdd={isDraft ? (pair) => adjustWith({ add: [pair] }) : undefined}
        />
      ))}
    </Flex>
  );
}

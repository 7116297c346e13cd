import { apiToken, askApi, demoAccount } from './api';

/**
 * The seeded committee besides the chair (seeds/src/data/accounts.ts: member1 … member14), less member2 and
 * member3, which session.test.ts signs out and gives a new password: twelve members.
 */
export const committeeMembers = [1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((n) =>
  demoAccount(`member${n}@example.com`),
);

export interface Ballot {
  id: string;
  grade: string;
  status: string;
  membersTotal: number;
  membersPresent: number;
  votesCast: number;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  isPassed: boolean | null;
  nomination: { id: string; code: string };
}

const ballotFields =
  'id grade status membersTotal membersPresent votesCast votesFor votesAgainst votesAbstain isPassed nomination { id code }';

/** A nomination's ballots as the API gives them, highest grade first. */
export async function ballotsOf(token: string, nominationId: string): Promise<Ballot[]> {
  const { nomination } = await askApi<{ nomination: { reReviewBallots: Ballot[] } }>(
    `query ($id: ID!) { nomination(id: $id) { reReviewBallots { ${ballotFields} } } }`,
    { id: nominationId },
    { token },
  );
  return nomination.reReviewBallots;
}

/** A category's nominations at re-review that no ballot has started on yet. */
export async function unballotedAtReReview(
  token: string,
  cycleId: string,
  category: string,
): Promise<{ id: string; code: string }[]> {
  const { nominations } = await askApi<{
    nominations: { edges: { node: { id: string; code: string; reReviewBallots: { id: string }[] } }[] };
  }>(
    `query ($cycleId: ID!, $category: AwardCategory!) {
      nominations(cycleId: $cycleId, category: $category, status: RE_REVIEW, first: 100) {
        edges { node { id code reReviewBallots { id } } }
      }
    }`,
    { cycleId, category },
    { token },
  );
  return nominations.edges.map((edge) => edge.node).filter((node) => node.reReviewBallots.length === 0);
}

/** Signs the members in once each, for their votes. */
export function memberTokens(members = committeeMembers): Promise<string[]> {
  return Promise.all(members.map((member) => apiToken(member)));
}

/** The members' secret votes over the API, one after the other, each token with its choice. */
export async function castVotes(ballotId: string, votes: [token: string, choice: string][]): Promise<void> {
  for (const [token, choice] of votes) {
    await askApi(
      'mutation ($ballotId: ID!, $choice: VoteChoice!) { castVote(ballotId: $ballotId, choice: $choice) { id } }',
      { ballotId, choice },
      { token },
    );
  }
}

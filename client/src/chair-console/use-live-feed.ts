import { useSubscription } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type {
  BallotChangeFeedSubscription,
  NominationStatusChangeFeedSubscription,
  ScoreSheetChangeFeedSubscription,
} from '@award/schema/generated/graphql';
import { useState } from 'react';

const scoreSheetChangeFeed = graphql(`
  subscription ScoreSheetChangeFeed($cycleId: ID!) {
    scoreSheetChanged(cycleId: $cycleId) {
      sheetId
      kind
      nominationCode
      total
      at
    }
  }
`);

const nominationStatusChangeFeed = graphql(`
  subscription NominationStatusChangeFeed($cycleId: ID!) {
    nominationStatusChanged(cycleId: $cycleId) {
      nominationId
      code
      fromStatus
      toStatus
      at
    }
  }
`);

const ballotChangeFeed = graphql(`
  subscription BallotChangeFeed($cycleId: ID!) {
    ballotChanged(cycleId: $cycleId) {
      ballotId
      kind
      code
      grade
      status
      isPassed
      votesCast
      votesFor
      votesAgainst
      votesAbstain
    }
  }
`);

export type SheetChange = ScoreSheetChangeFeedSubscription['scoreSheetChanged'];
export type StatusChange = NominationStatusChangeFeedSubscription['nominationStatusChanged'];
export type BallotChange = BallotChangeFeedSubscription['ballotChanged'];

export type FeedEntry =
  | { key: string; code: string; source: 'sheet'; change: SheetChange }
  | { key: string; code: string; source: 'status'; change: StatusChange }
  | { key: string; code: string; source: 'ballot'; change: BallotChange };

// The console shows what happens while it is open; each nomination's history is kept by the server.
const longestFeed = 50;

/**
 * Submissions and reopenings of sheets, changes of a nomination's state and the re-review votes, newest
 * first, as the server commits them. Draft saves are left out: they change only the progress bars. The votes
 * are the chair's and the committee's to follow (`withBallots`); the server refuses them to the secretariat.
 */
export function useLiveFeed(cycleId: string, withBallots: boolean) {
  const [entries, setEntries] = useState<FeedEntry[]>([]);
  const add = (entry: FeedEntry) => setEntries((shown) => [entry, ...shown].slice(0, longestFeed));
  const sheets = useSubscription(scoreSheetChangeFeed, {
    variables: { cycleId },
    onData: ({ data }) => {
      const change = data.data?.scoreSheetChanged;
      if (change && change.kind !== 'DRAFT_SAVED') {
        add({
          key: `sheet-${change.sheetId}-${change.at}`,
          code: change.nominationCode,
          source: 'sheet',
          change,
        });
      }
    },
  });
  const statuses = useSubscription(nominationStatusChangeFeed, {
    variables: { cycleId },
    onData: ({ data }) => {
      const change = data.data?.nominationStatusChanged;
      if (change)
        add({
          key: `status-${change.nominationId}-${change.at}`,
          code: change.code,
          source: 'status',
          change,
        });
    },
  });
  const ballots = useSubscription(ballotChangeFeed, {
    variables: { cycleId },
    skip: !withBallots,
    onData: ({ data }) => {
      const change = data.data?.ballotChanged;
      if (change) {
        add({
          key: `ballot-${change.ballotId}-${change.kind}-${change.votesCast}`,
          code: change.code,
          source: 'ballot',
          change,
        });
      }
    },
  });
  return { entries, error: sheets.error ?? statuses.error ?? ballots.error };
}

import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditRecord, recordAudit } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-kinds.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { isCommitteeMember } from '../committee/committee.js';
import { DomainError } from '../errors.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import type { EventBus } from '../live/event-bus.js';
import { BallotChangeKind } from './ballot-change.type.js';
import { BallotParticipation } from './ballot-participation.entity.js';
import { BallotStatus, type ReReviewBallot } from './re-review-ballot.entity.js';
import {
  ballotClosed,
  changeOf,
  countAndClose,
  countVotesCast,
  lockBallot,
} from './re-review-ballot.service.js';
import { ReReviewVote, type VoteChoice } from './re-review-vote.entity.js';

/**
 * A committee member casts its secret vote (award-rules.md, Re-review: secret ballot). That it voted
 * and how are written by two transactions, so that no row, nor the transaction id PostgreSQL stamps
 * on the rows a transaction writes (xmin), ties the vote to the voter:
 *  1. the participation (its primary key refuses a second vote) and the audit record that the member
 *     voted, without the choice;
 *  2. the vote, with neither voter nor time; when every member present has voted, the ballot closes.
 * If the second fails, the participation is removed again (and the audit trail says so), so a refused
 * vote leaves the member free to vote.
 */
export async function castVote(
  em: EntityManager,
  bus: EventBus,
  viewer: Viewer,
  ballotId: string,
  choice: VoteChoice,
): Promise<void> {
  await recordParticipation(em.fork(), viewer, ballotId);
  try {
    await commitThenPublish(em.fork(), bus, async (tx, publish) => {
      const ballot = await lockBallot(tx, ballotId);
      if (ballot.status !== BallotStatus.OPEN) throw ballotClosed(ballot);
      tx.create(ReReviewVote, { ballot, choice });
      await tx.flush();
      const [votesCast] = await countVotesCast(tx, [ballot.id]);
      publish(
        'BALLOT_CHANGED',
        ballot.nomination.cycle.id,
        changeOf(ballot, votesCast, BallotChangeKind.VOTE_CAST),
      );
      if (votesCast >= ballot.membersPresent) await countAndClose(tx, publish, ballot, null);
    });
  } catch (error) {
    await withdrawParticipation(em.fork(), viewer, ballotId);
    throw error;
  }
}

async function recordParticipation(em: EntityManager, viewer: Viewer, ballotId: string): Promise<void> {
  try {
    await em.transactional(async (tx) => {
      const ballot = await lockBallot(tx, ballotId);
      if (!(await isCommitteeMember(tx, viewer.userId)))
        throw new DomainError('FORBIDDEN', {
          en: 'Only members of the committee vote at re-review.',
          zh: '只有评审委员会委员可以参加复评表决。',
        });
      if (ballot.status !== BallotStatus.OPEN) throw ballotClosed(ballot);
      if ((await tx.count(BallotParticipation, { ballot, member: viewer.userId })) > 0)
        throw votedAlready(ballotId);
      const participants = await tx.count(BallotParticipation, { ballot });
      if (participants >= ballot.membersPresent)
        throw new DomainError(
          'CONFLICT',
          {
            en: `All ${ballot.membersPresent} members present have voted on this ballot.`,
            zh: `到会的 ${ballot.membersPresent} 名委员均已投票。`,
          },
          {
            ballotId,
          },
        );
      tx.create(BallotParticipation, { ballot, member: tx.getReference(User, viewer.userId) });
      await tx.flush();
      await recordAudit(tx, voteAudit(viewer, ballot, 'BALLOT_VOTE_CAST'));
    });
  } catch (error) {
    // Two requests of one member at once: the primary key lets one through.
    if (error instanceof UniqueConstraintViolationException) throw votedAlready(ballotId);
    throw error;
  }
}

async function withdrawParticipation(em: EntityManager, viewer: Viewer, ballotId: string): Promise<void> {
  await em.transactional(async (tx) => {
    const ballot = await lockBallot(tx, ballotId);
    await tx.nativeDelete(BallotParticipation, { ballot, member: viewer.userId });
    await recordAudit(tx, voteAudit(viewer, ballot, 'BALLOT_VOTE_NOT_RECORDED'));
  });
}

function votedAlready(ballotId: string): DomainError {
  return new DomainError(
    'CONFLICT',
    {
      en: 'You have voted on this ballot already; a vote cannot be changed.',
      zh: '您已对此项投票，投票后不能更改。',
    },
    {
      ballotId,
    },
  );
}

/** That the member voted on the ballot, never how. */
/**
 * A vote in the audit trail names no member: with the counts of a ballot closed early (or a unanimous
 * one), a list of who voted would tell how each voted. The participation row alone, which no API
 * answer exposes, keeps a member from voting twice.
 */
function voteAudit(_viewer: Viewer, ballot: ReReviewBallot, action: AuditAction): AuditRecord {
  return {
    actorId: null,
    action,
    entityType: 'ReReviewBallot',
    entityId: ballot.id,
    after: { nominationId: ballot.nomination.id, grade: ballot.grade },
  };
}

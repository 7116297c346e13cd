import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReviewStage } from '../assignments/assignment.entity.js';
import { type AuditRecord, recordAudits } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-kinds.js';
import { User } from '../auth/user.entity.js';
import { countCommitteeMembers } from '../committee/committee.js';
import { Grade } from '../cycles/cycle.enums.js';
import { assertId, findById } from '../db/find-by-id.js';
import { badInput, DomainError, notFound } from '../errors.js';
import { term } from '../i18n/terms.js';
import type { Publish } from '../live/commit-then-publish.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { type BallotChange, BallotChangeKind } from './ballot-change.type.js';
import { BallotStatus, ReReviewBallot } from './re-review-ballot.entity.js';
import { BALLOT_GRADES, isGradePassed, nextGradeDown, quorumOf } from './re-review-rules.js';
import { VoteChoice } from './re-review-vote.entity.js';

export interface OpenBallotsInput {
  nominationIds: readonly string[];
  grade: Grade;
  membersPresent: number;
}

/**
 * The chair opens a ballot at one grade for each of a list of nominations at re-review, with the
 * attendance of the meeting. Refused whole when the meeting has no quorum (two thirds of the
 * committee, award-rules.md) or when a nomination is not at re-review or its re-review has begun:
 * after a failed grade the next one down opens by itself.
 */
export async function openBallots(
  em: EntityManager,
  publish: Publish,
  chairId: string,
  { nominationIds, grade, membersPresent }: OpenBallotsInput,
): Promise<ReReviewBallot[]> {
  if (!BALLOT_GRADES.includes(grade))
    throw badInput('grade', {
      en: 'a ballot is held for FIRST, SECOND or THIRD',
      zh: '表决的等级应为一等奖、二等奖或三等奖',
    });
  if (nominationIds.length === 0)
    throw badInput('nominationIds', { en: 'name at least one nomination', zh: '请至少指定一个提名项目' });
  if (new Set(nominationIds).size !== nominationIds.length)
    throw badInput('nominationIds', { en: 'name each nomination once', zh: '每个提名项目只能列一次' });
  for (const id of nominationIds) assertId('nominationIds', id);
  const membersTotal = await countCommitteeMembers(em);
  if (membersTotal === 0)
    throw new DomainError('CONFLICT', {
      en: 'The committee has no members: give accounts the role COMMITTEE_MEMBER first.',
      zh: '评审委员会尚无委员，请先为账号授予评审委员（COMMITTEE_MEMBER）角色。',
    });
  if (!Number.isInteger(membersPresent) || membersPresent < 0 || membersPresent > membersTotal)
    throw badInput('membersPresent', {
      en: `between 0 and the ${membersTotal} members of the committee`,
      zh: `应在 0 至委员总数 ${membersTotal} 之间`,
    });
  const quorum = quorumOf(membersTotal);
  if (membersPresent < quorum) {
    throw new DomainError(
      'NO_QUORUM',
      {
        en: `membersPresent: ${membersPresent} of ${membersTotal} members present; a vote needs two thirds, at least ${quorum}.`,
        zh: `到会委员人数：${membersTotal} 名委员中到会 ${membersPresent} 名；表决须有三分之二以上委员到会，即至少 ${quorum} 名。`,
      },
      { field: 'membersPresent', membersPresent, membersTotal, quorum },
    );
  }
  const nominations = await em.find(Nomination, { id: { $in: [...nominationIds] } });
  const byId = new Map(nominations.map((nomination) => [nomination.id, nomination]));
  const begun = new Set(
    (
      await em.find(ReReviewBallot, { nomination: { $in: [...nominationIds] } }, { fields: ['nomination'] })
    ).map((ballot) => ballot.nomination.id),
  );
  const ballots = nominationIds.map((id) => {
    const nomination = byId.get(id);
    if (!nomination) throw notFound('Nomination', id);
    if (nomination.status !== NominationStatus.RE_REVIEW)
      throw new DomainError(
        'CONFLICT',
        {
          en: `Nomination ${nomination.code} is “${term('nominationStatus', nomination.status, 'en')}”, not at re-review.`,
          zh: `提名 ${nomination.code} 处于“${term('nominationStatus', nomination.status)}”状态，不在复评阶段。`,
        },
        {
          nominationId: id,
        },
      );
    if (begun.has(id))
      throw new DomainError(
        'CONFLICT',
        {
          en: `Nomination ${nomination.code} has been balloted already; a failed grade opens the next one down by itself.`,
          zh: `提名 ${nomination.code} 已进行过表决；某一等级未通过时会自动进入下一等级的表决。`,
        },
        { nominationId: id },
      );
    return em.create(ReReviewBallot, {
      nomination,
      grade,
      membersTotal,
      membersPresent,
      openedBy: em.getReference(User, chairId),
    });
  });
  await em.flush();
  await recordAudits(
    em,
    ballots.map((ballot) => ballotAudit(chairId, 'BALLOT_OPENED', ballot)),
  );
  for (const ballot of ballots) publish('BALLOT_CHANGED', ballot.nomination.cycle.id, changeOf(ballot, 0));
  return ballots;
}

/** The chair closes an open ballot: the votes in are counted against the members present. */
export async function closeBallot(
  em: EntityManager,
  publish: Publish,
  chairId: string,
  ballotId: string,
): Promise<ReReviewBallot> {
  const ballot = await lockBallot(em, ballotId);
  if (ballot.status !== BallotStatus.OPEN) throw ballotClosed(ballot);
  await countAndClose(em, publish, ballot, chairId);
  return ballot;
}

/** The ballot, locked for the rest of the transaction so that votes and its closing take turns. */
export async function lockBallot(em: EntityManager, ballotId: string): Promise<ReReviewBallot> {
  assertId('ballotId', ballotId);
  const ballot = await em.findOne(
    ReReviewBallot,
    { id: ballotId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!ballot) throw notFound('ReReviewBallot', ballotId);
  await findById(em, Nomination, ballot.nomination.id);
  return ballot;
}

export function ballotClosed(ballot: ReReviewBallot): DomainError {
  return new DomainError(
    'CONFLICT',
    { en: 'This ballot is closed; it takes no more votes.', zh: '此项表决已结束，不再接受投票。' },
    {
      ballotId: ballot.id,
    },
  );
}

/**
 * Counts the votes, closes the ballot and records its result. A passed grade is the nomination's
 * grade; a failed one opens a ballot at the next grade down, with the same attendance; failing THIRD
 * means no award. `actorId` is null when the last vote closed it: no voter is named.
 */
export async function countAndClose(
  em: EntityManager,
  publish: Publish,
  ballot: ReReviewBallot,
  actorId: string | null,
): Promise<void> {
  const counts = await countVotes(em, ballot.id);
  ballot.votesFor = counts[VoteChoice.FOR];
  ballot.votesAgainst = counts[VoteChoice.AGAINST];
  ballot.votesAbstain = counts[VoteChoice.ABSTAIN];
  ballot.isPassed = isGradePassed(ballot.grade, ballot.votesFor, ballot.membersPresent);
  ballot.status = BallotStatus.CLOSED;
  ballot.closedAt = new Date();
  // The closed ballot is written before its successor, or both would be open at once.
  await em.flush();
  const down = ballot.isPassed ? null : nextGradeDown(ballot.grade);
  const next =
    down &&
    em.create(ReReviewBallot, {
      nomination: ballot.nomination,
      grade: down,
      membersTotal: ballot.membersTotal,
      membersPresent: ballot.membersPresent,
      openedBy: ballot.openedBy,
    });
  if (next) await em.flush();
  if (!next) {
    const grade = ballot.isPassed ? ballot.grade : Grade.NONE;
    await recordFinalGrade(em, ballot.nomination.id, grade);
  }
  await recordAudits(em, [
    ballotAudit(actorId, 'BALLOT_CLOSED', ballot),
    ...(next ? [ballotAudit(actorId, 'BALLOT_OPENED', next)] : []),
  ]);
  publish('BALLOT_CHANGED', ballot.nomination.cycle.id, changeOf(ballot, counts.total));
  if (next) publish('BALLOT_CHANGED', next.nomination.cycle.id, changeOf(next, 0));
}

/**
 * The grade re-review gave, on the nomination's result (the row of its preliminary aggregate; made
 * bare, with no sheets counted, if the nomination reached re-review without one).
 */
async function recordFinalGrade(em: EntityManager, nominationId: string, grade: Grade): Promise<void> {
  await em.execute(
    `insert into nomination_result (id, nomination_id, stage, final_grade) values (gen_random_uuid(), ?, ?, ?)
      on conflict (nomination_id, stage) do update set final_grade = excluded.final_grade`,
    [nominationId, ReviewStage.PRELIMINARY, grade],
  );
}

export async function countVotes(
  em: EntityManager,
  ballotId: string,
): Promise<Record<VoteChoice, number> & { total: number }> {
  const rows = await em.execute<{ choice: VoteChoice; n: number }[]>(
    'select choice, count(*)::int as n from re_review_vote where ballot_id = ? group by choice',
    [ballotId],
  );
  const counts = { [VoteChoice.FOR]: 0, [VoteChoice.AGAINST]: 0, [VoteChoice.ABSTAIN]: 0, total: 0 };
  for (const { choice, n } of rows) {
    counts[choice] = n;
    counts.total += n;
  }
  return counts;
}

/** How many votes each ballot has received so far, in one query. */
export async function countVotesCast(em: EntityManager, ballotIds: readonly string[]): Promise<number[]> {
  const rows = await em.execute<{ ballot_id: string; n: number }[]>(
    `select ballot_id, count(*)::int as n from re_review_vote where ballot_id in (${ballotIds.map(() => '?').join(', ')})
      group by ballot_id`,
    [...ballotIds],
  );
  const counts = new Map(rows.map((row) => [row.ballot_id, row.n]));
  return ballotIds.map((id) => counts.get(id) ?? 0);
}

/** What the audit trail keeps of a ballot: its grade, attendance and, once closed, counts. Never a voter's choice. */
export function ballotAudit(
  actorId: string | null,
  action: AuditAction,
  ballot: ReReviewBallot,
): AuditRecord {
  return {
    actorId,
    action,
    entityType: 'ReReviewBallot',
    entityId: ballot.id,
    after: {
      nominationId: ballot.nomination.id,
      grade: ballot.grade,
      membersTotal: ballot.membersTotal,
      membersPresent: ballot.membersPresent,
      ...(ballot.status === BallotStatus.CLOSED
        ? {
            votesFor: ballot.votesFor,
            votesAgainst: ballot.votesAgainst,
            votesAbstain: ballot.votesAbstain,
            isPassed: ballot.isPassed,
          }
        : {}),
    },
  };
}

export function changeOf(ballot: ReReviewBallot, votesCast: number, kind?: BallotChangeKind): BallotChange {
  const isClosed = ballot.status === BallotStatus.CLOSED;
  return {
    kind: kind ?? (isClosed ? BallotChangeKind.CLOSED : BallotChangeKind.OPENED),
    ballotId: ballot.id,
    nominationId: ballot.nomination.id,
    cycleId: ballot.nomination.cycle.id,
    code: ballot.nomination.code,
    grade: ballot.grade,
    status: ballot.status,
    membersPresent: ballot.membersPresent,
    votesCast,
    votesFor: isClosed ? (ballot.votesFor ?? 0) : null,
    votesAgainst: isClosed ? (ballot.votesAgainst ?? 0) : null,
    votesAbstain: isClosed ? (ballot.votesAbstain ?? 0) : null,
    isPassed: isClosed ? (ballot.isPassed ?? null) : null,
  };
}

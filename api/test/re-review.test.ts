import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startTestApi, type TestApi } from './test-api.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const BALLOT_FIELDS = `id grade status membersTotal membersPresent votesCast votesFor votesAgainst votesAbstain
  isPassed hasVoted openedAt closedAt nomination { id code }`;
const OPEN = `mutation ($ids: [ID!]!, $grade: Grade!, $present: Int!) {
  openBallots(nominationIds: $ids, grade: $grade, membersPresent: $present) { ${BALLOT_FIELDS} } }`;
const VOTE = `mutation ($id: ID!, $choice: VoteChoice!) { castVote(ballotId: $id, choice: $choice) { ${BALLOT_FIELDS} } }`;
const CLOSE = `mutation ($id: ID!) { closeBallot(ballotId: $id) { ${BALLOT_FIELDS} } }`;
const BALLOTS_OF = `query ($id: ID!) { nomination(id: $id) { reReviewBallots { ${BALLOT_FIELDS} } } }`;
const BALLOTS = `query ($cycleId: ID!, $status: BallotStatus) { ballots(cycleId: $cycleId, status: $status) {
  ${BALLOT_FIELDS} } }`;
const SUBSCRIBE = `subscription ($cycleId: ID!) { ballotChanged(cycleId: $cycleId) {
  kind ballotId nominationId code grade status membersPresent votesCast votesFor votesAgainst votesAbstain isPassed } }`;

interface Ballot {
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
  hasVoted: boolean;
  nomination: { id: string; code: string };
}

type Choice = 'FOR' | 'AGAINST' | 'ABSTAIN';

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

/** award-rules.md, Stages and states: Re-review (quorum, secret ballot, thresholds, cascade). */
describe('re-review ballots', () => {
  let api: TestApi;
  let db: pg.Client;
  let cycleId: string;
  let chair: string;
  /** The 15 members of the demo committee: the chair, then member1..member14. */
  let members: string[];
  /** Nominations at re-review in the demo cycle, by code. */
  let atReReview: { id: string; code: string }[];
  let nextNomination = 0;
  const takeNomination = () => atReReview[nextNomination++];

  const open = async (ids: string[], grade: string, present: number) => {
    const response = await api.graphql<{ openBallots: Ballot[] }>(OPEN, { ids, grade, present }, chair);
    expect(response.errors).toBeUndefined();
    return response.data?.openBallots as Ballot[];
  };
  const vote = (token: string, id: string, choice: Choice) =>
    api.graphql<{ castVote: Ballot }>(VOTE, { id, choice }, token);
  /** Each of the first members casts the choice given for it, in order; returns the ballot after the last vote. */
  const voteAll = async (ballotId: string, choices: Choice[]) => {
    let ballot: Ballot | undefined;
    for (const [index, choice] of choices.entries()) {
      const response = await vote(members[index], ballotId, choice);
      expect(response.errors, `vote ${index + 1}`).toBeUndefined();
      ballot = response.data?.castVote;
    }
    return ballot as Ballot;
  };
  const choices = (counts: Partial<Record<Choice, number>>): Choice[] =>
    (['FOR', 'AGAINST', 'ABSTAIN'] as const).flatMap((choice) => Array(counts[choice] ?? 0).fill(choice));
  const ballotsOf = async (nominationId: string, token = chair) => {
    const response = await api.graphql<{ nomination: { reReviewBallots: Ballot[] } }>(
      BALLOTS_OF,
      { id: nominationId },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data?.nomination.reReviewBallots as Ballot[];
  };
  /** The grade re-review gave, as the chair reads it on the nomination's result. */
  const finalGradeOf = async (nominationId: string) => {
    const response = await api.graphql<{ nomination: { results: { finalGrade: string | null }[] } }>(
      'query ($id: ID!) { nomination(id: $id) { results { finalGrade } } }',
      { id: nominationId },
      chair,
    );
    expect(response.errors).toBeUndefined();
    return response.data?.nomination.results.map((result) => result.finalGrade);
  };
  const rowCount = async (table: string) =>
    Number((await db.query(`select count(*) from ${table}`)).rows[0].count);

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    // More nominations at re-review than the demo's few, so that each test has its own.
    const { rows: cycles } = await db.query('select id from award_cycle order by year desc limit 1');
    cycleId = cycles[0].id;
    await db.query(
      `update nomination set status = 'RE_REVIEW' where id in (select id from nomination
        where cycle_id = $1 and status = 'PRELIMINARY_REVIEW' order by code limit 6)`,
      [cycleId],
    );
    atReReview = (
      await db.query(
        `select id, code from nomination where cycle_id = $1 and status = 'RE_REVIEW' order by code`,
        [cycleId],
      )
    ).rows;
    chair = await api.login('chair@example.com');
    members = [chair];
    for (let i = 1; i <= 14; i++) members.push(await api.login(`member${i}@example.com`));
  });
  afterAll(() => db.end());

  it('counts the committee as the enabled accounts with the member role: the chair and 14 members', async () => {
    const { rows } = await db.query(
      "select count(*)::int as n from app_user where 'COMMITTEE_MEMBER' = any(roles) and not is_disabled",
    );
    expect(rows[0].n).toBe(15);
  });

  it('refuses to open a ballot without a quorum of two thirds of the members, and stores nothing', async () => {
    const before = await rowCount('re_review_ballot');
    const nomination = atReReview[0];
    const refused = await api.graphql(OPEN, { ids: [nomination.id], grade: 'FIRST', present: 9 }, chair);
    expect(codeOf(refused)).toBe('NO_QUORUM');
    expect(refused.errors?.[0]?.message).toMatch(/membersPresent: 9 of 15 .* at least 10/);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ quorum: 10, membersTotal: 15 });
    // The same figures, before any ballot, for the chair's screen.
    const committee = await api.graphql<{ committee: { membersTotal: number; quorum: number } }>(
      '{ committee { membersTotal quorum } }',
      {},
      chair,
    );
    expect(committee.data?.committee).toEqual({ membersTotal: 15, quorum: 10 });
    expect(
      codeOf(await api.graphql(OPEN, { ids: [nomination.id], grade: 'FIRST', present: 16 }, chair)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.graphql(OPEN, { ids: [nomination.id], grade: 'NONE', present: 10 }, chair))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await rowCount('re_review_ballot')).toBe(before);
  });

  it('refuses a nomination that is not at re-review, and the whole list with it', async () => {
    const { rows } = await db.query(
      "select id from nomination where cycle_id = $1 and status = 'SUBMITTED' order by code limit 1",
      [cycleId],
    );
    const before = await rowCount('re_review_ballot');
    const refused = await api.graphql(
      OPEN,
      { ids: [atReReview[0].id, rows[0].id], grade: 'FIRST', present: 10 },
      chair,
    );
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/“Submitted”, not at re-review/);
    expect(await rowCount('re_review_ballot')).toBe(before);
  });

  it('passes FIRST with 7 FOR of 10 present (two thirds of 10 is 6.67), closing by itself when all 10 have voted', async () => {
    const nomination = takeNomination();
    const [ballot] = await open([nomination.id], 'FIRST', 10);
    expect(ballot).toMatchObject({ grade: 'FIRST', status: 'OPEN', membersTotal: 15, membersPresent: 10 });
    const afterNine = await voteAll(ballot.id, choices({ FOR: 7, ABSTAIN: 2 }));
    expect(afterNine).toMatchObject({
      status: 'OPEN',
      votesCast: 9,
      votesFor: null,
      isPassed: null,
      hasVoted: true,
    });
    const closed = (await vote(members[9], ballot.id, 'AGAINST')).data?.castVote;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      votesCast: 10,
      votesFor: 7,
      votesAgainst: 1,
      votesAbstain: 2,
      isPassed: true,
    });
    expect((await ballotsOf(nomination.id)).map((b) => b.grade)).toEqual(['FIRST']);
    expect(await finalGradeOf(nomination.id)).toEqual(['FIRST']);
  });

  it('fails FIRST with 6 FOR of 10 and opens SECOND with the same attendance, which 6 FOR pass (more than 5)', async () => {
    const nomination = takeNomination();
    const [first] = await open([nomination.id], 'FIRST', 10);
    expect(await voteAll(first.id, choices({ FOR: 6, AGAINST: 4 }))).toMatchObject({
      status: 'CLOSED',
      votesFor: 6,
      votesAgainst: 4,
      isPassed: false,
    });
    const [, second] = await ballotsOf(nomination.id);
    expect(second).toMatchObject({ grade: 'SECOND', status: 'OPEN', membersTotal: 15, membersPresent: 10 });
    expect(await voteAll(second.id, choices({ FOR: 6, AGAINST: 3, ABSTAIN: 1 }))).toMatchObject({
      status: 'CLOSED',
      isPassed: true,
    });
    expect(await finalGradeOf(nomination.id)).toEqual(['SECOND']);
  });

  it('fails SECOND and THIRD on a tie at half (5 FOR of 10), and failing THIRD means no award', async () => {
    const nomination = takeNomination();
    const [second] = await open([nomination.id], 'SECOND', 10);
    expect(await voteAll(second.id, choices({ FOR: 5, AGAINST: 5 }))).toMatchObject({ isPassed: false });
    const third = (await ballotsOf(nomination.id))[1];
    expect(third).toMatchObject({ grade: 'THIRD', status: 'OPEN' });
    expect(await voteAll(third.id, choices({ FOR: 5, ABSTAIN: 5 }))).toMatchObject({ isPassed: false });
    expect((await ballotsOf(nomination.id)).map((b) => [b.grade, b.status, b.isPassed])).toEqual([
      ['SECOND', 'CLOSED', false],
      ['THIRD', 'CLOSED', false],
    ]);
    expect(await finalGradeOf(nomination.id)).toEqual(['NONE']);
  });

  it('cascades FIRST → SECOND → THIRD → no award when the chair closes each ballot short of votes', async () => {
    const nomination = takeNomination();
    const [first] = await open([nomination.id], 'FIRST', 12);
    expect(await voteAll(first.id, choices({ FOR: 7 }))).toMatchObject({ status: 'OPEN', votesCast: 7 });
    // 7 FOR of 12 present: short of two thirds (8), though more than half.
    expect(
      (await api.graphql<{ closeBallot: Ballot }>(CLOSE, { id: first.id }, chair)).data?.closeBallot,
    ).toMatchObject({ status: 'CLOSED', votesFor: 7, votesAgainst: 0, votesAbstain: 0, isPassed: false });
    for (const grade of ['SECOND', 'THIRD']) {
      const current = (await ballotsOf(nomination.id)).find((ballot) => ballot.status === 'OPEN') as Ballot;
      expect(current).toMatchObject({ grade, membersPresent: 12 });
      const closed = await api.graphql<{ closeBallot: Ballot }>(CLOSE, { id: current.id }, chair);
      expect(closed.data?.closeBallot).toMatchObject({ votesFor: 0, isPassed: false });
    }
    const ballots = await ballotsOf(nomination.id);
    expect(ballots.map((b) => [b.grade, b.status])).toEqual([
      ['FIRST', 'CLOSED'],
      ['SECOND', 'CLOSED'],
      ['THIRD', 'CLOSED'],
    ]);
    expect(await finalGradeOf(nomination.id)).toEqual(['NONE']);
    // A closed ballot takes no more votes, is not closed twice, and the nomination is not balloted again.
    expect(codeOf(await vote(members[10], ballots[2].id, 'FOR'))).toBe('CONFLICT');
    expect(codeOf(await api.graphql(CLOSE, { id: ballots[2].id }, chair))).toBe('CONFLICT');
    expect(
      codeOf(await api.graphql(OPEN, { ids: [nomination.id], grade: 'THIRD', present: 12 }, chair)),
    ).toBe('CONFLICT');
  });

  describe('one open ballot, voted on by some', () => {
    let ballot: Ballot;
    let nomination: { id: string; code: string };

    beforeAll(async () => {
      nomination = takeNomination();
      [ballot] = await open([nomination.id], 'FIRST', 11);
      await voteAll(ballot.id, choices({ FOR: 2, AGAINST: 1 }));
    });

    it('refuses a second vote of a member with CONFLICT, and stores nothing', async () => {
      const [votes, participations] = [
        await rowCount('re_review_vote'),
        await rowCount('ballot_participation'),
      ];
      const second = await vote(members[1], ballot.id, 'AGAINST');
      expect(codeOf(second)).toBe('CONFLICT');
      expect(second.errors?.[0]?.message).toMatch(/voted on this ballot already/);
      expect([await rowCount('re_review_vote'), await rowCount('ballot_participation')]).toEqual([
        votes,
        participations,
      ]);
    });

    it('refuses the vote of a non-member, and of a disabled member, and stores nothing', async () => {
      const [votes, participations] = [
        await rowCount('re_review_vote'),
        await rowCount('ballot_participation'),
      ];
      for (const email of ['expert1@example.com', 'secretariat@example.com', 'nominator1@example.com']) {
        expect(codeOf(await vote(await api.login(email), ballot.id, 'FOR')), email).toBe('FORBIDDEN');
      }
      const member14 = members[14];
      await db.query("update app_user set is_disabled = true where email = 'member14@example.com'");
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(codeOf(await vote(member14, ballot.id, 'FOR')));
      await db.query("update app_user set is_disabled = false where email = 'member14@example.com'");
      expect([await rowCount('re_review_vote'), await rowCount('ballot_participation')]).toEqual([
        votes,
        participations,
      ]);
    });

    it('lets one of two simultaneous votes of a member through, and refuses the other with CONFLICT', async () => {
      const results = await Promise.all([
        vote(members[3], ballot.id, 'FOR'),
        vote(members[3], ballot.id, 'AGAINST'),
      ]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
      const { rows } = await db.query(
        `select count(*)::int as n from ballot_participation p join app_user u on u.id = p.member_id
          where p.ballot_id = $1 and u.email = 'member3@example.com'`,
        [ballot.id],
      );
      expect(rows[0].n).toBe(1);
    });

    it('removes the participation again when the vote itself cannot be written, so the member may vote', async () => {
      const [votes, participations] = [
        await rowCount('re_review_vote'),
        await rowCount('ballot_participation'),
      ];
      await db.query(`create function refuse_vote() returns trigger language plpgsql as $$
        begin raise exception 'no vote today'; end $$`);
      await db.query(
        'create trigger refuse_vote before insert on re_review_vote for each row execute function refuse_vote()',
      );
      try {
        expect(codeOf(await vote(members[4], ballot.id, 'FOR'))).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        await db.query('drop trigger refuse_vote on re_review_vote; drop function refuse_vote()');
      }
      expect([await rowCount('re_review_vote'), await rowCount('ballot_participation')]).toEqual([
        votes,
        participations,
      ]);
      const { rows } = await db.query(
        `select action, actor_id from audit_event where entity_id = $1 and action like 'BALLOT_VOTE_%' order by id`,
        [ballot.id],
      );
      expect(rows.slice(-2)).toEqual([
        { action: 'BALLOT_VOTE_CAST', actor_id: null },
        { action: 'BALLOT_VOTE_NOT_RECORDED', actor_id: null },
      ]);
      expect((await vote(members[4], ballot.id, 'FOR')).errors).toBeUndefined();
    });

    it('refuses a second open ballot for the nomination', async () => {
      const refused = await api.graphql(OPEN, { ids: [nomination.id], grade: 'SECOND', present: 11 }, chair);
      expect(codeOf(refused)).toBe('CONFLICT');
    });

    it('tells each member whether it has voted itself, and nobody which others have', async () => {
      const seen = async (token: string) =>
        (
          await api.graphql<{ ballots: Ballot[] }>(BALLOTS, { cycleId, status: 'OPEN' }, token)
        ).data?.ballots.find((b) => b.id === ballot.id);
      expect(await seen(members[1])).toMatchObject({ hasVoted: true, votesCast: 5, votesFor: null });
      expect(await seen(members[5])).toMatchObject({ hasVoted: false, votesCast: 5, votesFor: null });
      expect(await seen(await api.login('secretariat@example.com'))).toMatchObject({ hasVoted: false });
    });

    it('writes the participation and the vote in different transactions (no shared xmin)', async () => {
      const xmins = async (table: string) =>
        (await db.query(`select xmin::text as x from ${table} where ballot_id = $1`, [ballot.id])).rows.map(
          (row) => row.x as string,
        );
      const participations = await xmins('ballot_participation');
      const votes = await xmins('re_review_vote');
      expect(participations).toHaveLength(5);
      expect(votes).toHaveLength(5);
      expect(votes.filter((x) => participations.includes(x))).toEqual([]);
      // And the vote keeps neither voter nor time.
      const { rows } = await db.query(
        "select column_name from information_schema.columns where table_name = 're_review_vote' order by 1",
      );
      expect(rows.map((row) => row.column_name)).toEqual(['ballot_id', 'choice', 'id']);
    });

    it('answers the chair with no link from a vote to its voter, in the ballot or the audit trail', async () => {
      // Every field of the ballot type, as the chair reads it.
      const introspection = await api.graphql<{ __type: { fields: { name: string; type: unknown }[] } }>(
        '{ __type(name: "ReReviewBallot") { fields { name } } }',
        {},
        chair,
      );
      const fields = introspection.data?.__type.fields.map((field) => field.name).sort();
      expect(fields).toEqual(
        [
          'closedAt',
          'grade',
          'hasVoted',
          'id',
          'isPassed',
          'membersPresent',
          'membersTotal',
          'nomination',
          'openedAt',
          'status',
          'votesAbstain',
          'votesAgainst',
          'votesCast',
          'votesFor',
        ].sort(),
      );
      const everything = await api.graphql(
        `query ($cycleId: ID!) { ballots(cycleId: $cycleId) { ${BALLOT_FIELDS} } }`,
        { cycleId },
        chair,
      );
      expect(everything.errors).toBeUndefined();
      const text = JSON.stringify(everything.data);
      const { rows: voters } = await db.query(
        `select u.id, u.email, u.display_name from ballot_participation p join app_user u on u.id = p.member_id
          where p.ballot_id = $1`,
        [ballot.id],
      );
      for (const voter of voters) {
        for (const value of [voter.id, voter.email, voter.display_name]) expect(text).not.toContain(value);
      }
      // The audit trail says that members voted on the ballot, never how.
      const audit = await api.graphql<{
        auditEvents: {
          edges: { node: { action: string; after: Record<string, unknown>; actor: unknown } }[];
        };
      }>(
        `query ($id: String) { auditEvents(entityType: ReReviewBallot, entityId: $id, first: 50) {
          edges { node { action after actor { id } } } } }`,
        { id: ballot.id },
        chair,
      );
      expect(audit.errors).toBeUndefined();
      const votesCast = audit.data?.auditEvents.edges.filter(
        (edge) => edge.node.action === 'BALLOT_VOTE_CAST',
      );
      // Five votes, and member4's attempt whose vote could not be written (followed by BALLOT_VOTE_NOT_RECORDED).
      expect(votesCast).toHaveLength(6);
      for (const { node } of votesCast ?? []) {
        // Who voted, with the counts of a ballot closed early, would tell how: no actor either.
        expect(node.actor).toBeNull();
        expect(Object.keys(node.after).sort()).toEqual(['grade', 'nominationId']);
        expect(JSON.stringify(node.after)).not.toMatch(/FOR|AGAINST|ABSTAIN/);
      }
    });
  });

  it('tells the chair and the members each ballot opened, each vote (a count only) and its closing, in order', async () => {
    const nomination = takeNomination();
    const watch = (token: string) => {
      const seen: Record<string, unknown>[] = [];
      const client = api.wsClient(token);
      client.subscribe<{ ballotChanged: Record<string, unknown> }>(
        { query: SUBSCRIBE, variables: { cycleId } },
        {
          next: (event) => {
            const change = event.data?.ballotChanged;
            if (change && change.nominationId === nomination.id) seen.push(change);
          },
          error: () => {},
          complete: () => {},
        },
      );
      return seen;
    };
    const chairSees = watch(chair);
    const memberSees = watch(members[3]);
    // Give the server a moment to register the subscriptions.
    await sleep(300);

    const [first] = await open([nomination.id], 'FIRST', 10);
    await voteAll(first.id, choices({ FOR: 5, AGAINST: 4, ABSTAIN: 1 }));
    const expected = [
      { kind: 'OPENED', grade: 'FIRST', status: 'OPEN', votesCast: 0, votesFor: null },
      ...Array.from({ length: 10 }, (_, index) => ({
        kind: 'VOTE_CAST',
        grade: 'FIRST',
        status: 'OPEN',
        votesCast: index + 1,
        votesFor: null,
        votesAgainst: null,
        votesAbstain: null,
        isPassed: null,
      })),
      {
        kind: 'CLOSED',
        grade: 'FIRST',
        status: 'CLOSED',
        votesCast: 10,
        votesFor: 5,
        votesAgainst: 4,
        votesAbstain: 1,
        isPassed: false,
      },
      { kind: 'OPENED', grade: 'SECOND', status: 'OPEN', votesCast: 0, membersPresent: 10 },
    ];
    await expect.poll(() => chairSees.length).toBe(expected.length);
    await expect.poll(() => memberSees.length).toBe(expected.length);
    expect(chairSees).toMatchObject(expected);
    expect(memberSees).toEqual(chairSees);
  });
});

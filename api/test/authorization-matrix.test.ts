import type { GraphQLObjectType } from 'graphql';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractSchema } from './contract-schema.js';
import { DEMO_PASSWORD, type GraphQLResponse, startTestApi, type TestApi } from './test-api.js';

/** Who asks: nobody, or a demo account of each role (the chair is a committee member too). */
const VIEWERS = {
  anonymous: null,
  secretariat: 'secretariat@example.com',
  chair: 'chair@example.com',
  member: 'member1@example.com',
  expert: 'expert1@example.com',
  nominator: 'nominator1@example.com',
} as const;
type ViewerName = keyof typeof VIEWERS;

/**
 * ALLOWED: no UNAUTHENTICATED or FORBIDDEN (another error, such as a wrong current password, still shows
 * the operation was let through). Otherwise the code the viewer must get. NOT_FOUND is how an object the
 * viewer may not see is refused, so that the refusal does not confirm it exists.
 */
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

interface Fixtures {
  cycleId: string;
  /** A nomination of nominator1's organization, not assigned to expert1 and not yet at re-review. */
  ownNominationId: string;
  /** A score sheet of another expert than expert1. */
  foreignSheetId: string;
  /** An assignment of another expert than expert1. */
  foreignAssignmentId: string;
  organizationId: string;
  /** A nominator's account, for the secretariat to (re-)enable. */
  nominatorAccountId: string;
  /** An uploaded file of another organization's nomination than nominator1's. */
  foreignFileId: string;
}

interface Case {
  operation: string;
  variables?: (fixtures: Fixtures, viewer: ViewerName) => Record<string, unknown>;
  /** Sent with a session of its own (the operation ends or changes it). */
  ownSession?: boolean;
  expected: Record<ViewerName, Outcome>;
}

const A = 'ALLOWED';
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
/** Any signed-in viewer. */
const SIGNED_IN: Case['expected'] = {
  anonymous: U,
  secretariat: A,
  chair: A,
  member: A,
  expert: A,
  nominator: A,
};
const EVERYONE: Case['expected'] = { ...SIGNED_IN, anonymous: A };
const STAFF_ONLY: Case['expected'] = {
  anonymous: U,
  secretariat: A,
  chair: A,
  member: F,
  expert: F,
  nominator: F,
};
const SECRETARIAT_ONLY: Case['expected'] = { ...STAFF_ONLY, chair: F };
const NOMINATOR_ONLY: Case['expected'] = { ...STAFF_ONLY, secretariat: F, chair: F, nominator: A };

/** Every root field of the schema, as each viewer calls it, and what each must get. */
const MATRIX: Record<string, Case> = {
  'Query.assignments': {
    operation: '{ assignments(first: 1) { totalCount } }',
    expected: { ...STAFF_ONLY, expert: A },
  },
  'Query.assignmentProposals': {
    operation: 'query ($cycleId: ID!) { assignmentProposals(cycleId: $cycleId) { id } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: STAFF_ONLY,
  },
  // Malformed ids: an allowed viewer is let through, then refused as bad input, so nothing is read or written.
  'Query.assignmentProposal': {
    operation: 'query { assignmentProposal(id: "x") { id } }',
    expected: STAFF_ONLY,
  },
  'Query.conflictCheck': {
    operation: 'query { conflictCheck(expertId: "x", nominationId: "x") { hasConflict } }',
    expected: STAFF_ONLY,
  },
  'Query.overdueAssignments': {
    operation: 'query ($cycleId: ID!) { overdueAssignments(cycleId: $cycleId) { id } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: STAFF_ONLY,
  },
  'Query.reviewProgress': {
    operation: 'query ($cycleId: ID!) { reviewProgress(cycleId: $cycleId) { sequence } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: STAFF_ONLY,
  },
  'Query.assignment': {
    operation: 'query ($id: ID!) { assignment(id: $id) { id } }',
    variables: ({ foreignAssignmentId }) => ({ id: foreignAssignmentId }),
    expected: { ...STAFF_ONLY, expert: N },
  },
  'Query.committee': {
    operation: '{ committee { membersTotal quorum } }',
    expected: { ...STAFF_ONLY, member: A },
  },
  'Query.auditChainCheck': { operation: '{ auditChainCheck { isIntact } }', expected: STAFF_ONLY },
  'Query.auditEvents': { operation: '{ auditEvents(first: 1) { totalCount } }', expected: STAFF_ONLY },
  'Query.awardCycle': {
    operation: 'query ($id: ID!) { awardCycle(id: $id) { year } }',
    variables: ({ cycleId }) => ({ id: cycleId }),
    expected: EVERYONE,
  },
  'Query.awardCycles': { operation: '{ awardCycles { year } }', expected: EVERYONE },
  'Query.experts': {
    operation: 'query ($cycleId: ID!) { experts(cycleId: $cycleId, first: 1) { totalCount } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: STAFF_ONLY,
  },
  'Query.expert': {
    // A malformed id: let through, then refused as bad input.
    operation: '{ expert(id: "matrix") { name } }',
    expected: STAFF_ONLY,
  },
  'Query.expertDeclaration': { operation: '{ expertDeclaration { version } }', expected: SIGNED_IN },
  'Query.expertImportTemplate': { operation: '{ expertImportTemplate { csv } }', expected: SECRETARIAT_ONLY },
  'Query.nomination': {
    operation: 'query ($id: ID!) { nomination(id: $id) { code } }',
    variables: ({ ownNominationId }) => ({ id: ownNominationId }),
    expected: { ...SIGNED_IN, member: N, expert: N },
  },
  'Query.myNominations': { operation: '{ myNominations { code } }', expected: NOMINATOR_ONLY },
  'Query.myNotifications': { operation: '{ myNotifications { id } }', expected: SIGNED_IN },
  'Query.nominations': { operation: '{ nominations(first: 1) { totalCount } }', expected: SIGNED_IN },
  'Query.organization': {
    operation: 'query ($id: ID!) { organization(id: $id) { name } }',
    variables: ({ organizationId }) => ({ id: organizationId }),
    expected: SIGNED_IN,
  },
  'Query.organizations': { operation: '{ organizations(first: 1) { totalCount } }', expected: SIGNED_IN },
  'Query.results': {
    operation:
      'query ($cycleId: ID!) { results(cycleId: $cycleId, category: INVENTION, first: 1) { totalCount } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: STAFF_ONLY,
  },
  'Query.rubric': {
    operation: 'query ($cycleId: ID!) { rubric(cycleId: $cycleId, category: PROGRESS) { maxTotal } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: EVERYONE,
  },
  'Query.scoreSheet': {
    operation: 'query ($id: ID!) { scoreSheet(id: $id) { total } }',
    variables: ({ foreignSheetId }) => ({ id: foreignSheetId }),
    expected: { ...STAFF_ONLY, expert: N },
  },
  'Query.viewer': { operation: '{ viewer { email } }', expected: EVERYONE },
  'Mutation.changePassword': {
    // A wrong current password: the operation is let through, then refused as bad input, and nothing changes.
    operation: 'mutation { changePassword(currentPassword: "not it", newPassword: "x") { expiresAt } }',
    ownSession: true,
    expected: SIGNED_IN,
  },
  'Mutation.createAccount': {
    operation: `mutation ($email: String!) {
      createAccount(displayName: "矩阵测试", email: $email, role: EXPERT) { account { id } } }`,
    variables: (_, viewer) => ({ email: `matrix-${viewer}@example.com` }),
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.login': {
    operation: `mutation ($email: String!, $password: String!) {
      login(email: $email, password: $password) { expiresAt } }`,
    variables: () => ({ email: 'member12@example.com', password: DEMO_PASSWORD }),
    expected: EVERYONE,
  },
  'Mutation.registerForCycle': {
    operation: 'mutation ($cycleId: ID!) { registerForCycle(cycleId: $cycleId) { id } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: NOMINATOR_ONLY,
  },
  'Mutation.createNomination': {
    operation: `mutation ($cycleId: ID!) { createNomination(input: {
      cycleId: $cycleId, category: INVENTION, projectName: "矩阵", fieldId: "00000000-0000-4000-8000-000000000000"
    }) { id } }`,
    variables: ({ cycleId }) => ({ cycleId }),
    expected: NOMINATOR_ONLY,
  },
  'Mutation.saveNominationDraft': {
    operation:
      'mutation ($id: ID!) { saveNominationDraft(id: $id, input: { version: 1, summary: "矩阵" }) { id } }',
    variables: ({ ownNominationId }) => ({ id: ownNominationId }),
    expected: NOMINATOR_ONLY,
  },
  'Mutation.deleteNominationFile': {
    operation: 'mutation ($id: ID!) { deleteNominationFile(id: $id) }',
    variables: ({ foreignFileId }) => ({ id: foreignFileId }),
    expected: { ...NOMINATOR_ONLY, nominator: N },
  },
  'Mutation.submitNomination': {
    operation: 'mutation ($id: ID!) { submitNomination(id: $id, version: 1) { status } }',
    variables: ({ ownNominationId }) => ({ id: ownNominationId }),
    expected: NOMINATOR_ONLY,
  },
  'Mutation.acceptNomination': {
    operation: 'mutation ($id: ID!) { acceptNomination(id: $id) { status } }',
    variables: ({ ownNominationId }) => ({ id: ownNominationId }),
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.returnNomination': {
    operation:
      'mutation ($id: ID!) { returnNomination(id: $id, reasons: [{ section: FILES, reason: "矩阵" }]) { status } }',
    variables: ({ ownNominationId }) => ({ id: ownNominationId }),
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.createExpert': {
    operation: `mutation { createExpert(input: { cycleId: "matrix", name: "矩阵", title: "工程师",
      fields: [] }) { id } }`,
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.updateExpert': {
    operation: 'mutation { updateExpert(id: "matrix", input: { maxLoad: 0 }) { id } }',
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.setExpertAvailability': {
    operation: 'mutation { setExpertAvailability(id: "matrix", isAvailable: true) { id } }',
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.importExperts': {
    // Not a spreadsheet's name: refused as bad input before anything is read.
    operation: `mutation ($cycleId: ID!) { importExperts(cycleId: $cycleId, fileName: "matrix.txt",
      fileBase64: "", dryRun: true) { created } }`,
    variables: ({ cycleId }) => ({ cycleId }),
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.acceptExpertDeclaration': {
    // A version that was never shown: refused as bad input, so nothing changes.
    operation: 'mutation ($cycleId: ID!) { acceptExpertDeclaration(cycleId: $cycleId, version: 0) { id } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: { ...STAFF_ONLY, secretariat: F, chair: F, expert: A },
  },
  'Mutation.respondToAssignment': {
    // Declining without a reason: refused as bad input before the assignment is looked up.
    operation: 'mutation { respondToAssignment(assignmentId: "matrix", response: DECLINE) { status } }',
    expected: { ...STAFF_ONLY, secretariat: F, chair: F, expert: A },
  },
  'Mutation.markNotificationsRead': {
    operation: 'mutation { markNotificationsRead(ids: []) }',
    expected: SIGNED_IN,
  },
  'Mutation.setCycleWindow': {
    // Closing before it opens: let through, then refused as bad input, so nothing changes.
    operation: `mutation ($cycleId: ID!) { setCycleWindow(cycleId: $cycleId, kind: APPROVAL,
      opensAt: "2024-12-02T00:00:00Z", closesAt: "2024-12-01T00:00:00Z") { id } }`,
    variables: ({ cycleId }) => ({ cycleId }),
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.runAssignmentSolver': {
    operation: 'mutation { runAssignmentSolver(cycleId: "x", category: INVENTION) { id } }',
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.adjustAssignmentProposal': {
    operation: 'mutation { adjustAssignmentProposal(id: "x") { id } }',
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.commitAssignmentProposal': {
    operation: 'mutation { commitAssignmentProposal(id: "x") { id } }',
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.discardAssignmentProposal': {
    operation: 'mutation { discardAssignmentProposal(id: "x") { id } }',
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.addReviewer': {
    operation: 'mutation { addReviewer(nominationId: "x", expertId: "x", reason: "") { id } }',
    expected: STAFF_ONLY,
  },
  'Mutation.removeReviewer': {
    operation: 'mutation { removeReviewer(assignmentId: "x", reason: "") }',
    expected: STAFF_ONLY,
  },
  'Mutation.replaceReviewer': {
    operation: 'mutation { replaceReviewer(assignmentId: "x", expertId: "x", reason: "") { id } }',
    expected: STAFF_ONLY,
  },
  'Mutation.saveScoreSheetDraft': {
    operation: 'mutation { saveScoreSheetDraft(assignmentId: "x", input: { scores: [] }) { id } }',
    expected: { ...STAFF_ONLY, secretariat: F, chair: F, expert: A },
  },
  'Mutation.submitScoreSheet': {
    operation: 'mutation { submitScoreSheet(id: "x", version: 1) { id } }',
    expected: { ...STAFF_ONLY, secretariat: F, chair: F, expert: A },
  },
  'Mutation.reopenScoreSheet': {
    operation: 'mutation { reopenScoreSheet(id: "x", reason: "矩阵") { id } }',
    expected: { ...STAFF_ONLY, secretariat: F },
  },
  'Mutation.extendReviewDeadline': {
    operation:
      'mutation { extendReviewDeadline(assignmentIds: ["x"], until: "2099-01-01T00:00:00Z", reason: "矩阵") { id } }',
    expected: { ...STAFF_ONLY, secretariat: F },
  },
  'Mutation.saveRubric': {
    operation: `mutation ($cycleId: ID!) { saveRubric(cycleId: $cycleId, category: INVENTION, criteria: []) { id } }`,
    variables: ({ cycleId }) => ({ cycleId }),
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.remindReviewers': {
    operation: 'mutation { remindReviewers(assignmentIds: []) }',
    expected: STAFF_ONLY,
  },
  'Mutation.recordCompletingOrganization': {
    operation: 'mutation { recordCompletingOrganization(creditCode: "x", name: "矩阵") { id } }',
    expected: NOMINATOR_ONLY,
  },
  'Mutation.startReReview': {
    operation: 'mutation { startReReview(cycleId: "x", category: INVENTION) { id } }',
    expected: STAFF_ONLY,
  },
  'Mutation.logout': { operation: 'mutation { logout }', ownSession: true, expected: SIGNED_IN },
  'Mutation.setAccountDisabled': {
    operation: 'mutation ($id: ID!) { setAccountDisabled(id: $id, isDisabled: false) { isDisabled } }',
    variables: ({ nominatorAccountId }) => ({ id: nominatorAccountId }),
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.withdrawNomination': {
    operation: 'mutation ($id: ID!) { withdrawNomination(id: $id, reason: "矩阵测试") { status } }',
    variables: ({ ownNominationId }) => ({ id: ownNominationId }),
    expected: NOMINATOR_ONLY,
  },
  'Query.ballots': {
    operation: 'query ($cycleId: ID!) { ballots(cycleId: $cycleId) { id hasVoted } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: { ...STAFF_ONLY, member: A },
  },
  // Malformed ids: the chair and members are let through, then refused as bad input, so no ballot changes.
  'Mutation.openBallots': {
    operation: 'mutation { openBallots(nominationIds: ["x"], grade: FIRST, membersPresent: 15) { id } }',
    expected: { ...STAFF_ONLY, secretariat: F },
  },
  'Mutation.castVote': {
    operation: 'mutation { castVote(ballotId: "x", choice: ABSTAIN) { id } }',
    expected: { ...STAFF_ONLY, secretariat: F, member: A },
  },
  'Mutation.closeBallot': {
    operation: 'mutation { closeBallot(ballotId: "x") { id } }',
    expected: { ...STAFF_ONLY, secretariat: F },
  },
  // Closing the cycle. Malformed ids: an allowed viewer is let through, then refused as bad input, so nothing changes.
  'Mutation.publishResults': {
    operation: 'mutation { publishResults(cycleId: "x", category: INVENTION) { id } }',
    expected: STAFF_ONLY,
  },
  'Query.publicityList': {
    operation: 'query ($cycleId: ID!) { publicityList(cycleId: $cycleId, category: INVENTION) { id } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: SIGNED_IN,
  },
  'Mutation.fileObjection': {
    operation: `mutation { fileObjection(nominationId: "x", input: { objectorName: "矩阵", objectorContact: "1",
      content: "矩阵", evidence: "矩阵", subjects: [TRUTH] }) { id } }`,
    expected: SECRETARIAT_ONLY,
  },
  'Mutation.classifyObjection': {
    operation: 'mutation { classifyObjection(id: "x", isSubstantive: true) { id } }',
    expected: STAFF_ONLY,
  },
  'Mutation.resolveObjection': {
    operation: 'mutation { resolveObjection(id: "x", status: DISMISSED, resolution: "矩阵") { id } }',
    expected: STAFF_ONLY,
  },
  'Query.objections': {
    operation: 'query ($cycleId: ID!) { objections(cycleId: $cycleId) { id } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: STAFF_ONLY,
  },
  'Mutation.approveResults': {
    operation: 'mutation { approveResults(cycleId: "x", category: INVENTION) { id } }',
    expected: { ...STAFF_ONLY, secretariat: F },
  },
  'Mutation.revokeAward': {
    operation: 'mutation { revokeAward(nominationId: "x", reason: "矩阵") { id } }',
    expected: { ...STAFF_ONLY, secretariat: F },
  },
  'Query.finalList': {
    operation: 'query ($cycleId: ID!) { finalList(cycleId: $cycleId, category: INVENTION) { id } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: SIGNED_IN,
  },
  'Subscription.ballotChanged': {
    operation: 'subscription ($cycleId: ID!) { ballotChanged(cycleId: $cycleId) { kind } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: { ...STAFF_ONLY, secretariat: F, member: A },
  },
  'Subscription.scoreSheetChanged': {
    operation: 'subscription ($cycleId: ID!) { scoreSheetChanged(cycleId: $cycleId) { sheetId } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: STAFF_ONLY,
  },
  'Subscription.reviewProgress': {
    operation: 'subscription ($cycleId: ID!) { reviewProgress(cycleId: $cycleId) { sequence } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: STAFF_ONLY,
  },
  'Subscription.nominationStatusChanged': {
    operation: 'subscription ($cycleId: ID!) { nominationStatusChanged(cycleId: $cycleId) { code } }',
    variables: ({ cycleId }) => ({ cycleId }),
    expected: STAFF_ONLY,
  },
};

/** Every `Type.field` at the roots of the contract (schema/schema.graphql, checked against the API). */
function rootFields(): string[] {
  const schema = contractSchema();
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots
    .filter((root): root is GraphQLObjectType => root != null)
    .flatMap((root) => Object.keys(root.getFields()).map((field) => `${root.name}.${field}`));
}

function outcomeOf(errors: GraphQLResponse<unknown>['errors']): Outcome {
  const code = errors?.[0]?.extensions?.code;
  return code === U || code === F || code === N ? code : A;
}

/** How long an allowed subscription is watched for a refusal that does not come (a refusal takes milliseconds). */
const SUBSCRIPTION_GRACE_MS = 1500;

describe('the authorization matrix: every operation of the schema as every role', () => {
  let api: TestApi;
  let fixtures: Fixtures;
  const tokens = new Map<ViewerName, string | undefined>();

  beforeAll(async () => {
    api = await startTestApi();
    const db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const one = async (sql: string) => {
      const { rows } = await db.query(sql);
      expect(rows, sql).toHaveLength(1);
      return rows[0].id as string;
    };
    fixtures = {
      cycleId: await one('select id from award_cycle limit 1'),
      ownNominationId: await one(`select n.id from nomination n
        join app_user u on u.organization_id = n.nominator_id and u.email = 'nominator1@example.com'
        where n.status not in ('RE_REVIEW', 'PUBLICITY', 'APPROVED', 'NOT_AWARDED') and not exists (
          select 1 from assignment a join expert e on e.id = a.expert_id join app_user x on x.id = e.user_id
          where a.nomination_id = n.id and x.email = 'expert1@example.com')
        order by n.code limit 1`),
      foreignSheetId: await one(`select s.id from score_sheet s join assignment a on a.id = s.assignment_id
        join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id
        where u.email <> 'expert1@example.com' order by s.id limit 1`),
      foreignAssignmentId: await one(`select a.id from assignment a join expert e on e.id = a.expert_id
        join app_user u on u.id = e.user_id where u.email <> 'expert1@example.com' order by a.id limit 1`),
      organizationId: await one('select id from organization order by name limit 1'),
      nominatorAccountId: await one("select id from app_user where email = 'nominator2@example.com'"),
      foreignFileId: await one(`select f.id from nomination_file f join nomination n on n.id = f.nomination_id
        where not exists (select 1 from app_user u
          where u.organization_id = n.nominator_id and u.email = 'nominator1@example.com')
        order by f.id limit 1`),
    };
    await db.end();
    for (const [name, email] of Object.entries(VIEWERS)) {
      tokens.set(name as ViewerName, email ? await api.login(email) : undefined);
    }
  });

  it('has a rule for every operation of the schema, and no rule for one that is gone', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(rootFields().sort());
  });

  async function outcome(name: string, testCase: Case, viewer: ViewerName): Promise<Outcome> {
    const email = VIEWERS[viewer];
    const token = testCase.ownSession && email ? await api.login(email) : tokens.get(viewer);
    const variables = testCase.variables?.(fixtures, viewer) ?? {};
    if (!name.startsWith('Subscription.')) {
      return outcomeOf((await api.graphql(testCase.operation, variables, token)).errors);
    }
    const client = api.wsClient(token);
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => resolve(A), SUBSCRIPTION_GRACE_MS);
      client.subscribe(
        { query: testCase.operation, variables },
        {
          next: (result) => resolve(outcomeOf(result.errors as GraphQLResponse<unknown>['errors'])),
          error: (errors) => {
            clearTimeout(timer);
            resolve(outcomeOf(Array.isArray(errors) ? errors : []));
          },
          complete: () => {},
        },
      );
    });
  }

  for (const [name, testCase] of Object.entries(MATRIX)) {
    it(`${name}`, async () => {
      const actual: Partial<Record<ViewerName, Outcome>> = {};
      for (const viewer of Object.keys(VIEWERS) as ViewerName[]) {
        actual[viewer] = await outcome(name, testCase, viewer);
      }
      expect(actual).toEqual(testCase.expected);
    });
  }
});

import { expect } from 'vitest';
import { askApi } from './api';

export interface Level {
  level: 'A' | 'B' | 'C' | 'D';
  minPercent: number;
  maxPercent: number;
}

export interface Criterion {
  id: string;
  code: string;
  nameZh: string;
  maxPoints: number;
  levels: Level[];
}

export interface ScorableAssignment {
  id: string;
  nomination: { id: string; code: string; category: string; status: string; cycle: { id: string } } | null;
  scoreSheet: { id: string } | null;
}

interface ScorableAssignmentOptions {
  /** The expert's bearer token. */
  expert: string;
  /** The chair's bearer token, to move the review deadline. */
  chair: string;
  cycleId: string;
  /** Why the deadline is extended, as the audit log records it. */
  reason: string;
}

/** The expert accepts the impartiality and confidentiality declaration, unless it has already. */
export async function acceptDeclaration(expert: string, cycleId: string): Promise<void> {
  const { expertDeclaration } = await askApi<{
    expertDeclaration: { version: number; acceptedAt: string | null };
  }>(
    'query ($cycleId: ID) { expertDeclaration(cycleId: $cycleId) { version acceptedAt } }',
    { cycleId },
    { token: expert },
  );
  if (expertDeclaration.acceptedAt) return;
  await askApi(
    'mutation ($cycleId: ID!, $version: Int!) { acceptExpertDeclaration(cycleId: $cycleId, version: $version) { id } }',
    { cycleId, version: expertDeclaration.version },
    { token: expert },
  );
}

async function ownAssignments(expert: string): Promise<ScorableAssignment[]> {
  const { assignments } = await askApi<{ assignments: { edges: { node: ScorableAssignment }[] } }>(
    `{ assignments(first: 100) { edges { node {
      id nomination { id code category status cycle { id } } scoreSheet { id }
    } } } }`,
    {},
    { token: expert },
  );
  return assignments.edges.map((edge) => edge.node);
}

/**
 * An assignment of the expert's ready to be scored from scratch: declaration accepted, nomination in
 * preliminary review, no sheet yet, and (the demo's deadlines being in 2024) a deadline a week ahead.
 */
export async function scorableAssignment({
  expert,
  chair,
  cycleId,
  reason,
}: ScorableAssignmentOptions): Promise<ScorableAssignment> {
  await acceptDeclaration(expert, cycleId);
  const assignment = (await ownAssignments(expert)).find(
    (candidate) => candidate.nomination?.status === 'PRELIMINARY_REVIEW' && candidate.scoreSheet === null,
  );
  expect(assignment, 'the expert has an assignment in preliminary review without a sheet').toBeDefined();
  await askApi(
    'mutation ($ids: [ID!]!, $until: DateTimeISO!, $reason: String!) { extendReviewDeadline(assignmentIds: $ids, until: $until, reason: $reason) { id } }',
    { ids: [assignment?.id], until: new Date(Date.now() + 7 * 86_400_000).toISOString(), reason },
    { token: chair },
  );
  return assignment as ScorableAssignment;
}

/** The criteria the expert scores the assignment's nomination on (its cycle's rubric for its category). */
export async function rubricOf(expert: string, assignment: ScorableAssignment): Promise<Criterion[]> {
  const { rubric } = await askApi<{ rubric: { criteria: Criterion[] } }>(
    `query ($cycleId: ID!, $category: AwardCategory!) { rubric(cycleId: $cycleId, category: $category) {
      criteria { id code nameZh maxPoints levels { level minPercent maxPercent } }
    } }`,
    { cycleId: assignment.nomination?.cycle.id, category: assignment.nomination?.category },
    { token: expert },
  );
  return rubric.criteria;
}

/** Points rounded to the half point the sheet accepts. */
export const halfPoints = (points: number) => Math.round(points * 2) / 2;

/** Every criterion at level B, 80 % of its points, with the comment `commentOf` gives it. */
export function levelBScores(criteria: readonly Criterion[], commentOf: (criterion: Criterion) => string) {
  return criteria.map((criterion) => ({
    criterionId: criterion.id,
    level: 'B',
    points: halfPoints(criterion.maxPoints * 0.8),
    comment: commentOf(criterion),
  }));
}

export interface SavedSheet {
  id: string;
  version: number;
}

/** Saves a draft of the sheet over the API as another window would (version null: the first save). */
export async function saveSheetDraft(
  expert: string,
  assignmentId: string,
  input: object,
  version: number | null = null,
): Promise<SavedSheet> {
  const { saveScoreSheetDraft } = await askApi<{ saveScoreSheetDraft: SavedSheet }>(
    `mutation ($assignmentId: ID!, $version: Int, $input: ScoreSheetDraftInput!) {
      saveScoreSheetDraft(assignmentId: $assignmentId, version: $version, input: $input) { id version }
    }`,
    { assignmentId, version, input },
    { token: expert },
  );
  return saveScoreSheetDraft;
}

/** Submits the saved sheet over the API and returns the total the server computed. */
export async function submitSheet(expert: string, sheet: SavedSheet): Promise<number> {
  const { submitScoreSheet } = await askApi<{ submitScoreSheet: { status: string; total: number } }>(
    'mutation ($id: ID!, $version: Int!) { submitScoreSheet(id: $id, version: $version) { status total } }',
    sheet,
    { token: expert },
  );
  expect(submitScoreSheet.status).toBe('SUBMITTED');
  return submitScoreSheet.total;
}

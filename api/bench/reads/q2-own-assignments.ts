/**
 * Q2, an expert's own assignments (the most frequent request: the reviewer workspace opens on it), with
 * each nomination and the expert's own sheet and scores. For the API, the PostGraphile 5 baseline and
 * the raw-SQL ceiling.
 */
import { byKey, decimal, instant, type Json } from './canonical.js';

/** As the reviewer workspace asks it, signed in as the expert ($first: the page size). */
export const OWN_ASSIGNMENTS = `query ($first: Int!) {
  assignments(first: $first) { edges { node { status dueAt
    nomination { code projectName category field { nameZh } }
    scoreSheet { status total version scores { points level criterion { code } } } } } }
}`;

/** PostGraphile knows no viewer: the expert is a condition. */
export const OWN_ASSIGNMENTS_POSTGRAPHILE = `query ($expertId: UUID!, $first: Int!) {
  allAssignments(condition: { expertId: $expertId }, orderBy: [ASSIGNED_AT_ASC, PRIMARY_KEY_ASC], first: $first) {
    nodes { status dueAt
      nominationByNominationId { code projectName category expertiseFieldByFieldId { nameZh } }
      scoreSheetByAssignmentId { status total version
        criterionScoresBySheetId { nodes { points level criterionByCriterionId { code } } } }
    }
  }
}`;

/** The API's answer in one statement, in its orders. $1: the expert, $2: the page size. */
export const OWN_ASSIGNMENTS_SQL = `
with page as (
  select * from assignment where expert_id = $1 order by assigned_at, id limit $2
)
select json_build_object('data', json_build_object('assignments', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object(
    'status', page.status,
    'dueAt', page.due_at,
    'nomination', (
      select json_build_object('code', n.code, 'projectName', n.project_name, 'category', n.category,
        'field', json_build_object('nameZh', f.name_zh))
      from nomination n join expertise_field f on f.id = n.field_id where n.id = page.nomination_id),
    'scoreSheet', (
      select json_build_object('status', s.status, 'total', s.total, 'version', s.version, 'scores', (
        select coalesce(json_agg(json_build_object('points', cs.points, 'level', cs.level,
          'criterion', json_build_object('code', c.code)) order by c.position), '[]')
        from criterion_score cs join criterion c on c.id = cs.criterion_id where cs.sheet_id = s.id))
      from score_sheet s where s.assignment_id = page.id)
  )) order by page.assigned_at, page.id), '[]'))))::text as body
from page`;

interface Score {
  points: unknown;
  level: string | null;
  code: string;
}

interface Canonical {
  status: string;
  dueAt: string | null;
  nomination: { code: string; projectName: string; category: string; field: string } | null;
  sheet: { status: string; total: unknown; version: number; scores: Score[] } | null;
}

function canonicalAssignment(assignment: Canonical): Json {
  const { sheet } = assignment;
  return {
    status: assignment.status,
    dueAt: instant(assignment.dueAt),
    nomination: assignment.nomination,
    sheet: sheet && {
      status: sheet.status,
      total: decimal(sheet.total),
      version: sheet.version,
      scores: byKey(
        sheet.scores.map((score) => ({
          code: score.code,
          points: decimal(score.points),
          level: score.level,
        })),
        (score) => score.code,
      ),
    },
  };
}

interface ApiAssignments {
  assignments: {
    edges: {
      node: {
        status: string;
        dueAt: string | null;
        nomination: { code: string; projectName: string; category: string; field: { nameZh: string } } | null;
        scoreSheet: {
          status: string;
          total: number | null;
          version: number;
          scores: { points: number | null; level: string | null; criterion: { code: string } }[];
        } | null;
      };
    }[];
  };
}

export function canonicalAssignmentsFromApi(data: unknown): Json {
  return (data as ApiAssignments).assignments.edges.map(({ node }) =>
    canonicalAssignment({
      status: node.status,
      dueAt: node.dueAt,
      nomination: node.nomination && {
        code: node.nomination.code,
        projectName: node.nomination.projectName,
        category: node.nomination.category,
        field: node.nomination.field.nameZh,
      },
      sheet: node.scoreSheet && {
        ...node.scoreSheet,
        scores: node.scoreSheet.scores.map((score) => ({ ...score, code: score.criterion.code })),
      },
    }),
  );
}

interface PostGraphileAssignments {
  allAssignments: {
    nodes: {
      status: string;
      dueAt: string | null;
      nominationByNominationId: {
        code: string;
        projectName: string;
        category: string;
        expertiseFieldByFieldId: { nameZh: string };
      };
      scoreSheetByAssignmentId: {
        status: string;
        total: string | null;
        version: number;
        criterionScoresBySheetId: {
          nodes: { points: string | null; level: string | null; criterionByCriterionId: { code: string } }[];
        };
      } | null;
    }[];
  };
}

export function canonicalAssignmentsFromPostGraphile(data: unknown): Json {
  return (data as PostGraphileAssignments).allAssignments.nodes.map((node) => {
    const nomination = node.nominationByNominationId;
    const sheet = node.scoreSheetByAssignmentId;
    return canonicalAssignment({
      status: node.status,
      dueAt: node.dueAt,
      nomination: {
        code: nomination.code,
        projectName: nomination.projectName,
        category: nomination.category,
        field: nomination.expertiseFieldByFieldId.nameZh,
      },
      sheet: sheet && {
        status: sheet.status,
        total: sheet.total,
        version: sheet.version,
        scores: sheet.criterionScoresBySheetId.nodes.map((score) => ({
          points: score.points,
          level: score.level,
          code: score.criterionByCriterionId.code,
        })),
      },
    });
  });
}

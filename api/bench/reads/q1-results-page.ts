/**
 * Q1, a category's results page: the chair's ranking with the aggregates, each nomination, and every
 * counted sheet behind the figures with its criterion scores and its expert. Written once here for the
 * API (also counted by api/test/statement-count.test.ts), PostGraphile 5 and the raw-SQL ceiling.
 */
import { byKey, decimal, type Json } from './canonical.js';

export const RESULTS_CATEGORY = 'PROGRESS';

/** As the chair's console asks it ($first: the page size). */
export const RESULTS_WITH_SHEETS = `query ($cycleId: ID!, $first: Int!) {
  results(cycleId: $cycleId, category: ${RESULTS_CATEGORY}, first: $first) {
    edges { node {
      rank officialScore severityAdjusted spread hasDisagreement recommendedGrade
      nomination { code projectName nominator { name } }
      criterionMeans { criterion { code maxPoints } mean spread }
      countedSheets { total adjustedTotal isTrimmed sheet { total scores { points criterion { code } }
        assignment { expert { name } } } }
    } }
  }
}`;

/**
 * The same page in PostGraphile's generated schema: `categoryResults` and `countedSheets` are the
 * functions of postgraphile-functions.ts; criterionMeans and sheetFigures are the stored JSON.
 */
export const RESULTS_POSTGRAPHILE = `query ($cycleId: UUID!, $first: Int!) {
  categoryResults(cycleId: $cycleId, category: ${RESULTS_CATEGORY}, first: $first) {
    nodes {
      rank officialScore severityAdjusted spread hasDisagreement recommendedGrade criterionMeans sheetFigures
      nominationByNominationId { code projectName organizationByNominatorId { name } }
      countedSheets { nodes {
        rowId total
        criterionScoresBySheetId { nodes { points criterionByCriterionId { code } } }
        assignmentByAssignmentId { expertByExpertId { name } }
      } }
    }
  }
}`;

/**
 * The API's answer in one statement, in its orders (results by rank then id, means and sheets as
 * stored, scores by the rubric's order), PostgreSQL's JSON text passed through.
 * $1: the cycle, $2: the category, $3: the page size.
 */
export const RESULTS_SQL = `
with page as (
  select r.* from nomination_result r join nomination n on n.id = r.nomination_id
  where n.cycle_id = $1 and n.category = $2
  order by r.rank, r.id
  limit $3
)
select json_build_object('data', json_build_object('results', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object(
    'rank', page.rank,
    'officialScore', page.official_score,
    'severityAdjusted', page.severity_adjusted,
    'spread', page.spread,
    'hasDisagreement', page.has_disagreement,
    'recommendedGrade', page.recommended_grade,
    'nomination', (
      select json_build_object('code', n.code, 'projectName', n.project_name, 'nominator', json_build_object('name', o.name))
      from nomination n join organization o on o.id = n.nominator_id where n.id = page.nomination_id),
    'criterionMeans', (
      select coalesce(json_agg(json_build_object(
        'criterion', json_build_object('code', c.code, 'maxPoints', c.max_points),
        'mean', mean.value -> 'mean', 'spread', mean.value -> 'spread') order by mean.place), '[]')
      from jsonb_array_elements(page.criterion_means) with ordinality as mean (value, place)
      join criterion c on c.id = (mean.value ->> 'criterionId')::uuid),
    'countedSheets', (
      select coalesce(json_agg(json_build_object(
        'total', figure.value -> 'total', 'adjustedTotal', figure.value -> 'adjustedTotal',
        'isTrimmed', figure.value -> 'isTrimmed',
        'sheet', json_build_object(
          'total', s.total,
          'scores', (
            select coalesce(json_agg(json_build_object('points', cs.points, 'criterion', json_build_object('code', c.code))
              order by c.position), '[]')
            from criterion_score cs join criterion c on c.id = cs.criterion_id where cs.sheet_id = s.id),
          'assignment', json_build_object('expert', json_build_object('name', e.name)))) order by figure.place), '[]')
      from jsonb_array_elements(page.sheet_figures) with ordinality as figure (value, place)
      join score_sheet s on s.id = (figure.value ->> 'sheetId')::uuid
      join assignment a on a.id = s.assignment_id
      join expert e on e.id = a.expert_id)
  )) order by page.rank, page.id), '[]'))))::text as body
from page`;

interface ApiPage {
  results: {
    edges: {
      node: {
        rank: number;
        officialScore: number;
        severityAdjusted: number;
        spread: number;
        hasDisagreement: boolean;
        recommendedGrade: string | null;
        nomination: { code: string; projectName: string; nominator: { name: string } };
        criterionMeans: { criterion: { code: string; maxPoints: number }; mean: number; spread: number }[];
        countedSheets: {
          total: number;
          adjustedTotal: number;
          isTrimmed: boolean;
          sheet: {
            total: number;
            scores: { points: number; criterion: { code: string } }[];
            assignment: { expert: { name: string } };
          };
        }[];
      };
    }[];
  };
}

interface PostGraphilePage {
  categoryResults: {
    nodes: {
      rank: number;
      officialScore: string;
      severityAdjusted: string;
      spread: string;
      hasDisagreement: boolean;
      recommendedGrade: string | null;
      criterionMeans: { code: string; maxPoints: number; mean: number; spread: number }[];
      sheetFigures: { sheetId: string; total: number; adjustedTotal: number; isTrimmed: boolean }[];
      nominationByNominationId: {
        code: string;
        projectName: string;
        organizationByNominatorId: { name: string };
      };
      countedSheets: {
        nodes: {
          rowId: string;
          total: string;
          criterionScoresBySheetId: { nodes: { points: string; criterionByCriterionId: { code: string } }[] };
          assignmentByAssignmentId: { expertByExpertId: { name: string } };
        }[];
      };
    }[];
  };
}

/** What the three must agree on, whatever their shapes: results in rank order, the rest sorted. */
function canonicalResult(result: {
  rank: number;
  officialScore: unknown;
  severityAdjusted: unknown;
  spread: unknown;
  hasDisagreement: boolean;
  recommendedGrade: string | null;
  code: string;
  projectName: string;
  nominator: string;
  means: { code: string; maxPoints: number; mean: number; spread: number }[];
  sheets: {
    total: number;
    adjustedTotal: number;
    isTrimmed: boolean;
    sheetTotal: unknown;
    expert: string;
    scores: { code: string; points: unknown }[];
  }[];
}): Json {
  return {
    rank: result.rank,
    officialScore: decimal(result.officialScore),
    severityAdjusted: decimal(result.severityAdjusted),
    spread: decimal(result.spread),
    hasDisagreement: result.hasDisagreement,
    recommendedGrade: result.recommendedGrade,
    code: result.code,
    projectName: result.projectName,
    nominator: result.nominator,
    means: byKey(result.means, (mean) => mean.code),
    sheets: byKey(
      result.sheets.map((sheet) => ({
        total: sheet.total,
        adjustedTotal: sheet.adjustedTotal,
        isTrimmed: sheet.isTrimmed,
        expert: sheet.expert,
        sheetTotal: decimal(sheet.sheetTotal),
        scores: byKey(
          sheet.scores.map((score) => ({ code: score.code, points: decimal(score.points) })),
          (score) => score.code,
        ),
      })),
      (sheet) => `${sheet.expert}|${sheet.sheetTotal}`,
    ),
  };
}

export function canonicalResultsFromApi(data: unknown): Json {
  return (data as ApiPage).results.edges.map(({ node }) =>
    canonicalResult({
      ...node,
      code: node.nomination.code,
      projectName: node.nomination.projectName,
      nominator: node.nomination.nominator.name,
      means: node.criterionMeans.map((mean) => ({
        code: mean.criterion.code,
        maxPoints: mean.criterion.maxPoints,
        mean: mean.mean,
        spread: mean.spread,
      })),
      sheets: node.countedSheets.map((counted) => ({
        total: counted.total,
        adjustedTotal: counted.adjustedTotal,
        isTrimmed: counted.isTrimmed,
        sheetTotal: counted.sheet.total,
        expert: counted.sheet.assignment.expert.name,
        scores: counted.sheet.scores.map((score) => ({ code: score.criterion.code, points: score.points })),
      })),
    }),
  );
}

export function canonicalResultsFromPostGraphile(data: unknown): Json {
  return (data as PostGraphilePage).categoryResults.nodes.map((node) => {
    const figures = new Map(node.sheetFigures.map((figure) => [figure.sheetId, figure]));
    return canonicalResult({
      ...node,
      code: node.nominationByNominationId.code,
      projectName: node.nominationByNominationId.projectName,
      nominator: node.nominationByNominationId.organizationByNominatorId.name,
      means: node.criterionMeans.map(({ code, maxPoints, mean, spread }) => ({
        code,
        maxPoints,
        mean,
        spread,
      })),
      sheets: node.countedSheets.nodes.map((sheet) => {
        const figure = figures.get(sheet.rowId);
        if (!figure) throw new Error(`PostGraphile: sheet ${sheet.rowId} is not among the result's figures`);
        return {
          total: figure.total,
          adjustedTotal: figure.adjustedTotal,
          isTrimmed: figure.isTrimmed,
          sheetTotal: sheet.total,
          expert: sheet.assignmentByAssignmentId.expertByExpertId.name,
          scores: sheet.criterionScoresBySheetId.nodes.map((score) => ({
            code: score.criterionByCriterionId.code,
            points: score.points,
          })),
        };
      }),
    });
  });
}

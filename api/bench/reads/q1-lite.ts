/**
 * Workload Q1-lite: the first page of a category's nominations with the relations a results page
 * shows, asked once through the API (GraphQL) and once as one hand-written SQL statement that builds
 * the same JSON. Both must return the same data; the bench checks that before it measures.
 */

export const CATEGORY = 'INVENTION';
export const PAGE_SIZE = 50;

export const Q1_LITE_GRAPHQL = `{
  nominations(first: ${PAGE_SIZE}, category: ${CATEGORY}) {
    totalCount
    edges { node {
      code projectName
      nominator { name }
      field { nameZh }
      completers { name position }
      assignments {
        status
        expert { name }
        scoreSheet { status total scores { points criterion { code } } }
      }
    } }
  }
}`;

/**
 * The same page in one statement, in the API's orders: nominations by (code, id), completers by
 * position, assignments by (assigned_at, id), scores by criterion position. Returned as text so that the server
 * passes PostgreSQL's JSON through without parsing it. $1: the category, $2: the page size.
 */
export const Q1_LITE_SQL = `
with page as (
  select id, code, project_name, nominator_id, field_id
  from nomination
  where category = $1
  order by code, id
  limit $2
)
select json_build_object('data', json_build_object('nominations', json_build_object(
  'totalCount', (select count(*) from nomination where category = $1),
  'edges', coalesce((
    select json_agg(json_build_object('node', json_build_object(
      'code', page.code,
      'projectName', page.project_name,
      'nominator', json_build_object('name', organization.name),
      'field', json_build_object('nameZh', expertise_field.name_zh),
      'completers', coalesce((
        select json_agg(json_build_object('name', completer.name, 'position', completer.position)
          order by completer.position)
        from completer where completer.nomination_id = page.id
      ), '[]'),
      'assignments', coalesce((
        select json_agg(json_build_object(
          'status', assignment.status,
          'expert', json_build_object('name', expert.name),
          'scoreSheet', (
            select json_build_object(
              'status', sheet.status,
              'total', sheet.total,
              'scores', coalesce((
                select json_agg(json_build_object(
                  'points', score.points,
                  'criterion', json_build_object('code', criterion.code)
                ) order by criterion.position)
                from criterion_score score join criterion on criterion.id = score.criterion_id
                where score.sheet_id = sheet.id
              ), '[]'))
            from score_sheet sheet where sheet.assignment_id = assignment.id
          )
        ) order by assignment.assigned_at, assignment.id)
        from assignment join expert on expert.id = assignment.expert_id
        where assignment.nomination_id = page.id
      ), '[]')
    )) order by page.code, page.id)
    from page
    join organization on organization.id = page.nominator_id
    join expertise_field on expertise_field.id = page.field_id
  ), '[]')
)))::text as body`;

interface Page {
  data: {
    nominations: {
      totalCount: number;
      edges: { node: { assignments: { scoreSheet: { scores: unknown[] } | null }[] } }[];
    };
  };
}

/** What one Q1-lite response holds, for the report. */
export function describePage(body: string): string {
  const { totalCount, edges } = (JSON.parse(body) as Page).data.nominations;
  const assignments = edges.flatMap((edge) => edge.node.assignments);
  const scores = assignments.reduce(
    (sum, assignment) => sum + (assignment.scoreSheet?.scores.length ?? 0),
    0,
  );
  return `${edges.length} of ${totalCount} ${CATEGORY} nominations, ${assignments.length} assignments, ${scores} criterion scores`;
}

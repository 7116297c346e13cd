/**
 * What PostGraphile 5 needs, added to the bench's scratch database only, so that its generated schema
 * can ask what the API's does (PostGraphile reads these at start-up):
 * - `category_results`, a custom query (a set-returning function, exposed as `categoryResults`): a
 *   category's results by rank. A result's category and cycle are its nomination's, which a table's
 *   generated `condition` cannot reach; filterable computed columns (`@behavior +filterBy`) can, but
 *   PostgreSQL then calls them per row of every result and plans the page in hundreds of milliseconds.
 * - `nomination_result_counted_sheets`, a computed column (`countedSheets`): the sheets whose ids the
 *   result's figures hold, in their order, so that their scores and experts nest as relations.
 * - `assignment.assigned_at` made orderable (PostGraphile orders only by indexed columns unless told).
 */
export const POSTGRAPHILE_FUNCTIONS = `
create function category_results(cycle_id uuid, category award_category) returns setof nomination_result
language sql stable as $$
  select r.* from nomination_result r join nomination n on n.id = r.nomination_id
  where n.cycle_id = category_results.cycle_id and n.category = category_results.category
  order by r.rank, r.id
$$;

create function nomination_result_counted_sheets(result nomination_result) returns setof score_sheet
language sql stable as $$
  select s.* from jsonb_array_elements(result.sheet_figures) with ordinality as figure (value, place)
  join score_sheet s on s.id = (figure.value ->> 'sheetId')::uuid
  order by figure.place
$$;

comment on column assignment.assigned_at is E'@behavior +orderBy';
`;

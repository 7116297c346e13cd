/**
 * A PostgreSQL array literal of ids for `= any(?::uuid[])`, or null for "no filter" (`?::uuid[] is null`):
 * one parameter, however many ids, so a statement's text does not change with the size of a list.
 */
export function uuidArray(ids: readonly string[] | undefined): string | null {
  return ids ? `{${ids.join(',')}}` : null;
}

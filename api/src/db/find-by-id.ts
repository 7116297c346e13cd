import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { badInput, notFound } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks that an id is well formed before asking the database, so a typo is a clear error, not a 500. */
export function assertId(field: string, id: string): void {
  if (!UUID.test(id))
    throw badInput(field, { en: `${JSON.stringify(id)} is not a valid id`, zh: `“${id}”不是有效的编号` });
}

/**
 * The entity with this id, or NOT_FOUND naming what was looked for. Within `scope`, a row the viewer
 * may not see is NOT_FOUND too, so that a refusal does not confirm that it exists.
 */
export async function findById<T extends { id: string }>(
  em: EntityManager,
  entity: ClassType<T>,
  id: string,
  field = 'id',
  scope: FilterQuery<T> = {},
): Promise<T> {
  assertId(field, id);
  const found = await em.findOne(entity, { $and: [{ id }, scope] } as FilterQuery<T>);
  if (!found) throw notFound(entity.name, id);
  return found;
}

/** A non-empty list of well-formed ids, each named by its place in the list when it is not. */
export function assertIds(field: string, ids: readonly string[], what: string): void {
  if (ids.length === 0) throw badInput(field, { en: `name at least one ${what}`, zh: '请至少指定一项' });
  for (const [i, id] of ids.entries()) assertId(`${field}[${i}]`, id);
}

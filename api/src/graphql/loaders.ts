import type { EntityManager, QueryOrderMap } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';

type WithId = { id: string };

/** The rows of each parent, in the rows' order; a parent without rows gets an empty list. */
function groupByParent<T extends object>(
  parentIds: readonly string[],
  rows: readonly T[],
  parent: keyof T,
): T[][] {
  const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) groups.get((row[parent] as WithId).id)?.push(row);
  return parentIds.map((id) => groups.get(id) ?? []);
}

function childrenKey<T extends object>(
  entity: ClassType<T>,
  parent: string,
  orderBy: QueryOrderMap<T>,
): string {
  return `${entity.name}@${parent}:${JSON.stringify(orderBy)}`;
}

/**
 * Per-request DataLoaders, built on demand and kept for the request only: one batched query per
 * relation and request, however many rows the response holds. A resolver that has read rows already
 * (a page read with its relations in one statement) primes them here, and the fields that ask for
 * them then run no query at all.
 */
export class Loaders {
  readonly #loaders = new Map<string, DataLoader<string, unknown>>();
  /** What was primed, by loader key and id: handed over at once, without a promise per field. */
  readonly #primed = new Map<string, Map<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** Loads entities by primary key; a missing row is an error (foreign keys make it impossible). */
  byId<T extends WithId>(entity: ClassType<T>): DataLoader<string, T> {
    return this.batch(`${entity.name}#id`, async (ids) => {
      const rows = await this.em.find(entity, { id: { $in: [...ids] } } as never);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`${entity.name} ${id} not found`));
    });
  }

  /** Loads the rows whose `parent` relation points at each key, in the given order. */
  childrenOf<T extends object, K extends keyof T & string>(
    entity: ClassType<T>,
    parent: K,
    orderBy: QueryOrderMap<T>,
  ): DataLoader<string, T[]> {
    return this.batch(childrenKey(entity, parent, orderBy), async (ids) => {
      const rows = await this.em.find(entity, { [parent]: { $in: [...ids] } } as never, {
        orderBy: orderBy as never,
      });
      return groupByParent(ids, rows, parent);
    });
  }

  /** Loads at most one row whose `parent` relation points at each key (a one-to-one from the other side). */
  oneOf<T extends object, K extends keyof T & string>(
    entity: ClassType<T>,
    parent: K,
  ): DataLoader<string, T | null> {
    return this.batch(`${entity.name}@${parent}!`, async (ids) => {
      const rows = await this.em.find(entity, { [parent]: { $in: [...ids] } } as never);
      const byParent = new Map(rows.map((row) => [(row[parent] as WithId).id, row]));
      return ids.map((id) => byParent.get(id) ?? null);
    });
  }

  /** The entity with this id: at once if this request primed it, else through `byId`'s batch. */
  one<T extends WithId>(entity: ClassType<T>, id: string): T | Promise<T> {
    return (this.#primedOf(`${entity.name}#id`).get(id) as T | undefined) ?? this.byId(entity).load(id);
  }

  /** A parent's children: at once if this request primed them, else through `childrenOf`'s batch. */
  children<T extends object, K extends keyof T & string>(
    entity: ClassType<T>,
    parent: K,
    orderBy: QueryOrderMap<T>,
    parentId: string,
  ): T[] | Promise<T[]> {
    const primed = this.#primedOf(childrenKey(entity, parent, orderBy)).get(parentId) as T[] | undefined;
    return primed ?? this.childrenOf(entity, parent, orderBy).load(parentId);
  }

  /** Entities read already, for `byId` and `one`. */
  prime<T extends WithId>(entity: ClassType<T>, rows: readonly T[]): void {
    const loader = this.byId(entity);
    const primed = this.#primedOf(`${entity.name}#id`);
    for (const row of rows) {
      loader.prime(row.id, row);
      primed.set(row.id, row);
    }
  }

  /** Every child of these parents read already, in `orderBy`'s order, for `childrenOf`. */
  primeChildren<T extends object, K extends keyof T & string>(
    entity: ClassType<T>,
    parent: K,
    orderBy: QueryOrderMap<T>,
    parentIds: readonly string[],
    rows: readonly T[],
  ): void {
    const loader = this.childrenOf(entity, parent, orderBy);
    const primed = this.#primedOf(childrenKey(entity, parent, orderBy));
    const groups = groupByParent(parentIds, rows, parent);
    for (const [index, id] of parentIds.entries()) {
      loader.prime(id, groups[index]);
      primed.set(id, groups[index]);
    }
  }

  /** The one row (or none) of each of these parents read already, for `oneOf`. */
  primeOneOf<T extends object, K extends keyof T & string>(
    entity: ClassType<T>,
    parent: K,
    parentIds: readonly string[],
    rows: readonly T[],
  ): void {
    const loader = this.oneOf(entity, parent);
    const groups = groupByParent(parentIds, rows, parent);
    for (const [index, id] of parentIds.entries()) loader.prime(id, groups[index][0] ?? null);
  }

  #primedOf(key: string): Map<string, unknown> {
    let primed = this.#primed.get(key);
    if (!primed) {
      primed = new Map();
      this.#primed.set(key, primed);
    }
    return primed;
  }

  /** A loader of this request under `key`, made on first use: for batched work other than entity loads. */
  batch<V>(key: string, batch: (ids: readonly string[]) => Promise<(V | Error)[]>): DataLoader<string, V> {
    let loader = this.#loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.#loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

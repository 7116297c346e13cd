import type { EntityManager, QueryOrderMap } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';

type WithId = { id: string };

/**
 * Per-request DataLoaders, built on demand and kept for the request only: one batched query per
 * relation and request, however many rows the response holds.
 */
export class Loaders {
  readonly #loaders = new Map<string, DataLoader<string, unknown>>();

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
    return this.batch(`${entity.name}@${parent}:${JSON.stringify(orderBy)}`, async (ids) => {
      const rows = await this.em.find(entity, { [parent]: { $in: [...ids] } } as never, {
        orderBy: orderBy as never,
      });
      const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
      for (const row of rows) groups.get((row[parent] as WithId).id)?.push(row);
      return ids.map((id) => groups.get(id) ?? []);
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

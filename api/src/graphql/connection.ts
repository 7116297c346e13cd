import {
  Cursor,
  DriverException,
  type EntityManager,
  type FilterQuery,
  type QueryOrderMap,
} from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../errors.js';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Forward Relay pagination arguments shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `page size, 1 to ${MAX_PAGE_SIZE}` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'the endCursor of the previous page' })
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counted when a response asks for it, once: most pages never show it, and it costs a statement. */
  readonly totalCount: Promise<number>;
}

/** The GraphQL Connection type of a node type: `NominationConnection` with its `NominationEdge`. */
export function ConnectionType<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${node.name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

/**
 * One page of an entity by keyset (MikroORM's cursor pagination): the order must end with a unique
 * key so that pages neither skip nor repeat rows when rows are added meanwhile.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: ClassType<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  page: PageArgs,
): Promise<Connection<T>> {
  assertPage(page, orderBy);
  const cursor = await em
    .findByCursor(entity, {
      where,
      orderBy,
      first: page.first,
      after: page.after ?? undefined,
      includeCount: false,
    } as never)
    .catch((error: unknown) => {
      // A cursor that decodes but holds values of the wrong type makes PostgreSQL refuse the query.
      if (page.after != null && isDataException(error)) throw badCursor();
      throw error;
    });
  const items = cursor.items as T[];
  return connectionOf(em, entity, { items, hasNextPage: cursor.hasNextPage }, orderBy, page, () =>
    em.count(entity, where as never),
  );
}

/**
 * Checks a page's arguments; returns the values of its `after` cursor in `orderBy`'s order (undefined on
 * the first page), for a resolver that reads the page with its own statement.
 */
export function assertPage<T>(page: PageArgs, orderBy: QueryOrderMap<T>): unknown[] | undefined {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
    throw badInput('first', {
      en: `must be between 1 and ${MAX_PAGE_SIZE}`,
      zh: `应在 1 至 ${MAX_PAGE_SIZE} 之间`,
    });
  }
  return page.after == null ? undefined : decodeCursor(page.after, Object.keys(orderBy).length);
}

/**
 * The connection of a page's rows, read in `orderBy`'s order, with the same cursors as findPage's.
 * `count` runs only if the response asks.
 */
export function connectionOf<T extends object>(
  em: EntityManager,
  entity: ClassType<T>,
  { items, hasNextPage }: { items: readonly T[]; hasNextPage: boolean },
  orderBy: QueryOrderMap<T>,
  page: PageArgs,
  count: () => Promise<number>,
): Connection<T> {
  const meta = em.getMetadata().get(entity);
  const cursorOf = (node: T) => Cursor.for(meta, node as never, orderBy as never);
  let counted: Promise<number> | undefined;
  return {
    edges: items.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after != null,
      startCursor: items.length ? cursorOf(items[0]) : null,
      endCursor: items.length ? cursorOf(items[items.length - 1]) : null,
    },
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}

function decodeCursor(value: string, keyCount: number): unknown[] {
  let decoded: unknown;
  try {
    decoded = Cursor.decode(value);
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== keyCount) throw badCursor();
  return decoded;
}

/** The refusal of an `after` that is no cursor of the list. */
export function badCursor() {
  return badInput('after', {
    en: 'is not a cursor of this list; pass the endCursor of the previous page',
    zh: '不是本列表的分页游标，请传入上一页的 endCursor',
  });
}

/** SQLSTATE class 22: a value of the wrong type or format (invalid uuid, date, number). */
function isDataException(error: unknown): boolean {
  return error instanceof DriverException && /^22/.test(String((error as { code?: unknown }).code));
}

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
  totalCount: number;
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
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
    throw badInput('first', {
      en: `must be between 1 and ${MAX_PAGE_SIZE}`,
      zh: `应在 1 至 ${MAX_PAGE_SIZE} 之间`,
    });
  }
  if (page.after != null) assertCursor(page.after, Object.keys(orderBy).length);
  const cursor = await em
    .findByCursor(entity, { where, orderBy, first: page.first, after: page.after ?? undefined } as never)
    .catch((error: unknown) => {
      // A cursor that decodes but holds values of the wrong type makes PostgreSQL refuse the query.
      if (page.after != null && isDataException(error)) throw badCursor();
      throw error;
    });
  const items = cursor.items as T[];
  return {
    edges: items.map((node) => ({ cursor: cursor.from(node as never), node })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: page.after != null,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount as number,
  };
}

function assertCursor(value: string, keyCount: number): void {
  let decoded: unknown;
  try {
    decoded = Cursor.decode(value);
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== keyCount) throw badCursor();
}

function badCursor() {
  return badInput('after', {
    en: 'is not a cursor of this list; pass the endCursor of the previous page',
    zh: '不是本列表的分页游标，请传入上一页的 endCursor',
  });
}

/** SQLSTATE class 22: a value of the wrong type or format (invalid uuid, date, number). */
function isDataException(error: unknown): boolean {
  return error instanceof DriverException && /^22/.test(String((error as { code?: unknown }).code));
}

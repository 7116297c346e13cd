import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Nomination } from './nomination.entity.js';

/**
 * What every ordered row of a nomination's form shares: its nomination and its place in the order
 * (the first completer signs the pledge; the first organization is the main one).
 */
@ObjectType()
export abstract class NominationRow {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { deleteRule: 'cascade' })
  nomination!: Nomination;

  @Field(() => Int, { description: '1-based place in the order' })
  @Property({ type: 'smallint' })
  position!: number;
}

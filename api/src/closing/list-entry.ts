import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Grade } from '../cycles/cycle.enums.js';
import { Nomination } from '../nominations/nomination.entity.js';
import type { ListedNomination } from './listed-nominations.js';

/**
 * What a published list (the publicity list, the final list) says of a nomination, copied as it was
 * published rather than joined: its place, code, project, nominator and grade, never scores or reviewers.
 */
@ObjectType()
export abstract class ListEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination)
  nomination!: Nomination;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 30 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  projectName!: string;

  @Field(() => String, { description: '提名单位' })
  @Property({ type: 'string', length: 200 })
  nominatorName!: string;

  @Field(() => Grade)
  @Enum({ items: () => Grade, nativeEnumName: 'grade' })
  grade!: Grade;
}

/** The columns of a list's entry at `index`, copied from the nomination as listed. */
export function listEntryOf(entry: ListedNomination, index: number) {
  return {
    nomination: entry.nomination,
    position: index + 1,
    code: entry.code,
    projectName: entry.projectName,
    nominatorName: entry.nominatorName,
    grade: entry.grade as Grade,
  };
}

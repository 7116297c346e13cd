import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import type { PrintedDocument } from '../documents/printed-document.js';
import { Nomination } from './nomination.entity.js';

/**
 * The form as it was submitted: a frozen copy of its printed content, which later corrections (after a
 * return) cannot change; the database refuses updates and deletes of these rows. Formal review reads it.
 */
@ObjectType({ description: '提交记录: the form frozen at a submission' })
@Entity()
@Unique({ properties: ['nomination', 'number'] })
@Check({ name: 'nomination_submission_sha256_check', expression: "content_sha256 ~ '^[0-9a-f]{64}$'" })
export class NominationSubmission {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { index: true })
  nomination!: Nomination;

  @Field(() => Int, { description: '1 for the first submission, 2 after a first return, …' })
  @Property({ type: 'smallint' })
  number!: number;

  @Field(() => Int, { description: 'the nomination version submitted' })
  @Property({ type: 'integer' })
  nominationVersion!: number;

  @Field(() => GraphQLJSON, { description: 'the printed content of the form, section by section' })
  @Property({ type: 'json' })
  content!: PrintedDocument;

  @Field(() => String, { description: 'SHA-256 of the content, as in the footer of the printed form' })
  @Property({ type: 'character', length: 64 })
  contentSha256!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  submittedAt: Opt<Date> = new Date();

  @ManyToOne(() => User)
  submittedBy!: User;
}

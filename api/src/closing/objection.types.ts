import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ObjectionStatus, ObjectionSubject } from '../results/objection.entity.js';

/** A written objection as the secretariat received it (by post, by hand, by e-mail with a signature). */
@InputType({ description: '书面异议' })
export class ObjectionInput {
  @Field(() => String, { description: 'the real name it is signed with; anonymous objections are refused' })
  objectorName!: string;

  @Field(() => String, { description: 'telephone or address to answer to' })
  objectorContact!: string;

  @Field(() => String, { nullable: true })
  objectorOrganization?: string | null;

  @Field(() => String)
  content!: string;

  @Field(() => String, { description: 'the evidence enclosed: what it is, or the reference of a file kept' })
  evidence!: string;

  @Field(() => [ObjectionSubject], { description: 'what it challenges; the grade alone is refused' })
  subjects!: ObjectionSubject[];

  @Field(() => Date, {
    nullable: true,
    description:
      'when the secretariat received it (now when left out); it must be inside the publicity window',
  })
  receivedAt?: Date | null;
}

@ArgsType()
export class ObjectionsArgs {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => ObjectionStatus, { nullable: true })
  status?: ObjectionStatus | null;
}

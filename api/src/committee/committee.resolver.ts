import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Role, STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { quorumOf } from '../results/re-review-rules.js';
import { countCommitteeMembers } from './committee.js';

@ObjectType({ description: '评审委员会: the members in office and the quorum a ballot needs' })
export class Committee {
  @Field(() => Int)
  membersTotal!: number;

  @Field(() => Int, { description: 'two thirds of the members, rounded up (award-rules.md, Re-review)' })
  quorum!: number;
}

@Resolver(() => Committee)
export class CommitteeResolver {
  @Authorized(...STAFF, Role.COMMITTEE_MEMBER)
  @Query(() => Committee, { description: 'the committee in office, for opening ballots' })
  async committee(@Ctx() { em }: RequestContext): Promise<Committee> {
    const membersTotal = await countCommitteeMembers(em);
    return { membersTotal, quorum: quorumOf(membersTotal) };
  }
}

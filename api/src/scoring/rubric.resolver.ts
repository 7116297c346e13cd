import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { assertId } from '../db/find-by-id.js';
import { notFound } from '../errors.js';
import { Criterion } from './criterion.entity.js';
import { LevelDescriptor } from './level-descriptor.entity.js';
import { Rubric } from './rubric.entity.js';
import { saveRubric } from './rubric.service.js';
import { CriterionInput } from './rubric.types.js';

@Resolver(() => Rubric)
export class RubricResolver {
  @Query(() => Rubric, {
    description: "a category's rubric in a cycle: the latest version unless one is named",
  })
  async rubric(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('category', () => AwardCategory) category: AwardCategory,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() { em }: RequestContext,
  ): Promise<Rubric> {
    assertId('cycleId', cycleId);
    const rubric = await em.findOne(
      Rubric,
      { cycle: cycleId, category, ...(version ? { version } : {}) },
      { orderBy: { version: 'desc' } },
    );
    if (!rubric) throw notFound('Rubric', `${category} of cycle ${cycleId}`);
    return rubric;
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Rubric, {
    description: 'sets the category’s rubric: in place until scoring starts, then as a new version',
  })
  saveRubric(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('category', () => AwardCategory) category: AwardCategory,
    @Arg('criteria', () => [CriterionInput]) criteria: CriterionInput[],
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return em.transactional((tx) => saveRubric(tx, viewer as Viewer, { cycleId, category, criteria }));
  }

  @FieldResolver(() => [Criterion])
  criteria(@Root() rubric: Rubric, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(Criterion, 'rubric', { position: 'asc' }).load(rubric.id);
  }

  @FieldResolver(() => Int, { description: 'sum of the criteria maxima (100 by default)' })
  async maxTotal(@Root() rubric: Rubric, @Ctx() ctx: RequestContext): Promise<number> {
    const criteria = await this.criteria(rubric, ctx);
    return criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  }
}

@Resolver(() => Criterion)
export class CriterionResolver {
  @FieldResolver(() => [LevelDescriptor], { description: 'A, B, C, D' })
  levels(@Root() criterion: Criterion, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(LevelDescriptor, 'criterion', { level: 'asc' }).load(criterion.id);
  }
}

import { inWindowOrder } from '@award/schema/rules/window-order';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { findById } from '../db/find-by-id.js';
import { AwardCycle } from './award-cycle.entity.js';
import { CategoryConfig } from './category-config.entity.js';
import { CreditLimit } from './credit-limit.entity.js';
import { WindowKind } from './cycle.enums.js';
import { CycleWindow } from './cycle-window.entity.js';
import { setCycleWindow } from './cycle-window.service.js';
import { ExpertiseField } from './expertise-field.entity.js';

@Resolver(() => AwardCycle)
export class AwardCycleResolver {
  @Query(() => [AwardCycle], { description: 'every cycle, newest first' })
  awardCycles(@Ctx() { em }: RequestContext): Promise<AwardCycle[]> {
    return em.find(AwardCycle, {}, { orderBy: { year: 'desc' } });
  }

  @Query(() => AwardCycle)
  awardCycle(@Arg('id', () => ID) id: string, @Ctx() { em }: RequestContext): Promise<AwardCycle> {
    return findById(em, AwardCycle, id);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => CycleWindow, {
    description: 'sets or moves a window of the timeline (closes after it opens)',
  })
  setCycleWindow(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('kind', () => WindowKind) kind: WindowKind,
    @Arg('opensAt', () => Date) opensAt: Date,
    @Arg('closesAt', () => Date) closesAt: Date,
    @Ctx() { em, viewer }: RequestContext,
  ): Promise<CycleWindow> {
    return em.transactional((tx) =>
      setCycleWindow(tx, viewer as Viewer, { cycleId, kind, opensAt, closesAt }),
    );
  }

  @FieldResolver(() => [CycleWindow], { description: "the timeline, in the award's order" })
  async windows(@Root() cycle: AwardCycle, @Ctx() { loaders }: RequestContext): Promise<CycleWindow[]> {
    return inWindowOrder(await loaders.childrenOf(CycleWindow, 'cycle', { opensAt: 'asc' }).load(cycle.id));
  }

  @FieldResolver(() => [CategoryConfig])
  categories(@Root() cycle: AwardCycle, @Ctx() { loaders }: RequestContext): Promise<CategoryConfig[]> {
    return loaders.childrenOf(CategoryConfig, 'cycle', { category: 'asc' }).load(cycle.id);
  }

  @FieldResolver(() => [ExpertiseField], { description: 'the fields of expertise (专业领域) of the call' })
  fields(@Root() cycle: AwardCycle, @Ctx() { loaders }: RequestContext): Promise<ExpertiseField[]> {
    return loaders.childrenOf(ExpertiseField, 'cycle', { code: 'asc' }).load(cycle.id);
  }
}

@Resolver(() => CategoryConfig)
export class CategoryConfigResolver {
  @FieldResolver(() => [CreditLimit], {
    description: 'people and organizations creditable per proposed grade',
  })
  creditLimits(@Root() category: CategoryConfig, @Ctx() { loaders }: RequestContext): Promise<CreditLimit[]> {
    return loaders.childrenOf(CreditLimit, 'categoryConfig', { grade: 'asc' }).load(category.id);
  }
}

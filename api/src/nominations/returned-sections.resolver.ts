import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { Nomination } from './nomination.entity.js';
import { NominationStatus } from './nomination.enums.js';
import { NominationTransition } from './nomination-transition.entity.js';
import { ReturnedSection, returnedSectionsOf } from './returned-sections.js';
import { SectionChange } from './section-change.entity.js';

@Resolver(() => Nomination)
export class ReturnedSectionsResolver {
  @FieldResolver(() => [ReturnedSection], {
    description: "while RETURNED: the last return's sections and reasons, each marked once changed since",
  })
  async returnedSections(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    if (nomination.status !== NominationStatus.RETURNED) return [];
    const [transitions, changes] = await Promise.all([
      loaders.children(NominationTransition, 'nomination', { at: 'asc', id: 'asc' }, nomination.id),
      loaders.children(SectionChange, 'nomination', { section: 'asc' }, nomination.id),
    ]);
    return returnedSectionsOf(transitions, changes);
  }
}

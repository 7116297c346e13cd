import { Arg, Authorized, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../db/find-by-id.js';
import { freshResults } from '../results/fresh-results.js';
import { ReviewProgress } from './review-progress.types.js';

/**
 * The snapshot first, then a fresh snapshot after each change, never an older one than already sent:
 * a console that reconnects starts again from the current state, so nothing is missed or counted twice.
 */
async function* progressOf(context: RequestContext, cycleId: string): AsyncGenerator<ReviewProgress> {
  const changes = context.events.subscribe('LIVE_CHANGED', cycleId);
  let sent = -1;
  try {
    const first = await context.liveSnapshots.current(cycleId);
    sent = first.sequence;
    yield first;
    for await (const { sequence } of changes) {
      if (sequence <= sent) continue;
      const snapshot = await context.liveSnapshots.after(cycleId, sequence);
      if (snapshot.sequence <= sent) continue;
      sent = snapshot.sequence;
      yield snapshot;
    }
  } finally {
    await changes.return?.();
  }
}

/** The chair's console: review progress, per expert, and the ranking of a cycle, live. */
@Resolver()
export class ReviewProgressResolver {
  @Authorized(...STAFF)
  @Query(() => ReviewProgress)
  async reviewProgress(@Arg('cycleId', () => ID) cycleId: string, @Ctx() context: RequestContext) {
    assertId('cycleId', cycleId);
    // Asked once, the ranking is brought up to date first; the live console's follows its counts.
    await freshResults(context, cycleId);
    return context.liveSnapshots.current(cycleId);
  }

  @Authorized(...STAFF)
  @Subscription(() => ReviewProgress, {
    name: 'reviewProgress',
    subscribe: ({ args, context }) => {
      assertId('cycleId', args.cycleId);
      return progressOf(context as RequestContext, args.cycleId);
    },
    description: 'the current snapshot, then one after each change (sequence only grows)',
  })
  reviewProgressChanged(
    @Root() snapshot: ReviewProgress,
    @Arg('cycleId', () => ID) _cycleId: string,
  ): ReviewProgress {
    return snapshot;
  }
}

import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { ReReviewBallot } from './re-review-ballot.entity.js';

export enum VoteChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(VoteChoice, { name: 'VoteChoice' });

/** One secret vote: no voter and no time, so neither the chair nor the order of votes reveals who cast it. */
@Entity()
export class ReReviewVote {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => ReReviewBallot, { deleteRule: 'cascade' })
  ballot!: ReReviewBallot;

  @Enum({ items: () => VoteChoice, nativeEnumName: 'vote_choice' })
  choice!: VoteChoice;
}

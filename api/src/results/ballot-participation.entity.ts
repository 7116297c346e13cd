import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { ReReviewBallot } from './re-review-ballot.entity.js';

/**
 * That a member voted on a ballot, not how: kept apart from the votes so that no row links a vote to
 * its voter (secret ballot), while a member still cannot vote twice.
 */
@Entity()
export class BallotParticipation {
  @ManyToOne(() => ReReviewBallot, { primary: true, deleteRule: 'cascade' })
  ballot!: ReReviewBallot;

  @ManyToOne(() => User, { primary: true })
  member!: User;

  @Property({ type: 'date', defaultRaw: 'current_date' })
  votedOn?: string;
}

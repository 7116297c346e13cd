import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';

/**
 * A mutation sent with an Idempotency-Key: while it runs, then with the answer it got, so that a
 * client's retry (a lost response, a reconnect) gets the first answer instead of doing it twice.
 */
@Entity()
@Unique({ properties: ['user', 'key'] })
@Index({ properties: ['createdAt'] })
export class IdempotentRequest {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 100 })
  key!: string;

  /** SHA-256 of the operation and its variables: the same key for another request is refused. */
  @Property({ type: 'character', length: 64 })
  requestSha256!: string;

  /** The answer; null while the first request is still running. */
  @Property({ type: 'json', nullable: true })
  response?: unknown;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}

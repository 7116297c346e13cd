import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';

/** What was printed: the nomination form (提名书) or the first completer's pledge (第一完成人承诺书). */
export enum DocumentKind {
  FORM = 'FORM',
  PLEDGE = 'PLEDGE',
}

/**
 * A PDF handed out for a nomination, kept so that the number on a stamped or signed paper can be traced
 * to who printed it, when, from which version of the nomination and with which content (its hash).
 * The PDF itself is not kept: it is generated again on request, under a new number.
 */
@Entity()
@Check({ name: 'generated_document_sha256_check', expression: "content_sha256 ~ '^[0-9a-f]{64}$'" })
export class GeneratedDocument {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** Printed on every page, e.g. QTA-2024-FORM-000123. */
  @Property({ type: 'string', length: 40, unique: true })
  number!: string;

  @Enum({ items: () => DocumentKind, nativeEnumName: 'document_kind' })
  kind!: DocumentKind;

  @ManyToOne(() => Nomination, { index: true })
  nomination!: Nomination;

  /** The nomination's optimistic-lock version the content was read at. */
  @Property({ type: 'integer' })
  nominationVersion!: number;

  /** SHA-256 of the canonical content (documents/printed-document.ts), printed in the footer. */
  @Property({ type: 'character', length: 64 })
  contentSha256!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  generatedAt: Opt<Date> = new Date();

  @ManyToOne(() => User)
  generatedBy!: User;
}

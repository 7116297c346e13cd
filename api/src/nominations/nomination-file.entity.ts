import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Nomination } from './nomination.entity.js';
import { EvidenceKind, FilePurpose } from './nomination.enums.js';

/**
 * Metadata of an uploaded file: the stamped form, the signed pledge or a piece of evidence. The bytes
 * live in storage under an unguessable key; the same content twice on one nomination is a duplicate.
 */
@ObjectType({ description: '上传文件 / 证实性材料' })
@Entity()
@Unique({ properties: ['nomination', 'sha256'] })
@Check({ name: 'nomination_file_size_check', expression: 'size_bytes > 0' })
@Check({ name: 'nomination_file_sha256_check', expression: "sha256 ~ '^[0-9a-f]{64}$'" })
@Check({
  name: 'nomination_file_evidence_kind_check',
  expression: "(purpose = 'EVIDENCE') = (evidence_kind is not null)",
})
export class NominationFile {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { deleteRule: 'cascade' })
  nomination!: Nomination;

  @Field(() => FilePurpose)
  @Enum({ items: () => FilePurpose, nativeEnumName: 'file_purpose' })
  purpose!: FilePurpose;

  @Field(() => EvidenceKind, { nullable: true })
  @Enum({ items: () => EvidenceKind, nativeEnumName: 'evidence_kind', nullable: true })
  evidenceKind?: EvidenceKind | null;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field(() => String, { description: 'media type detected from the content, not the name' })
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field(() => String)
  @Property({ type: 'character', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 200, unique: true, hidden: true })
  storageKey!: string;

  @ManyToOne(() => User, { nullable: true })
  uploadedBy?: User | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Opt<Date> = new Date();
}

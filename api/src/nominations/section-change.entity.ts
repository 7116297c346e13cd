import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Nomination } from './nomination.entity.js';
import { FormSection } from './nomination.enums.js';

/**
 * When the nominator last changed a section of its nomination (a save of the section's fields, an upload
 * or deletion of a file): a section a formal review returned counts as corrected once it changed after
 * the return (award-rules.md, Stages and states). Kept apart from the nomination's row, so that a file
 * changed does not move the version the form's autosave holds.
 */
@Entity()
@Unique({ properties: ['nomination', 'section'] })
export class SectionChange {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Nomination, { deleteRule: 'cascade' })
  nomination!: Nomination;

  @Enum({ items: () => FormSection })
  section!: FormSection;

  @Property({ type: 'datetime' })
  changedAt!: Date;
}

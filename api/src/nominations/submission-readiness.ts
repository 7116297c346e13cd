import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKind, GeneratedDocument } from '../documents/generated-document.entity.js';
import { printedNominationForm } from '../documents/nomination-form.js';
import { contentSha256 } from '../documents/printed-document.js';
import { nominationCompleteness } from './completeness.js';
import { evidenceGroupOf } from './evidence-groups.js';
import type { Nomination } from './nomination.entity.js';
import { EvidenceGroup, FilePurpose } from './nomination.enums.js';
import { NominationFile } from './nomination-file.entity.js';
import { isInNominatorsHands } from './nomination-lifecycle.js';

/** What a submission needs (award-rules.md, The online filing flow, steps 3–5), each checked on its own. */
export enum SubmissionRequirement {
  FORM_COMPLETE = 'FORM_COMPLETE',
  /** The form as it stands was downloaded as PDF, and the stamped copy was uploaded after that. */
  FORM_PRINTED = 'FORM_PRINTED',
  STAMPED_FORM = 'STAMPED_FORM',
  SIGNED_PLEDGE = 'SIGNED_PLEDGE',
  EVIDENCE_INNOVATION_PROOF = 'EVIDENCE_INNOVATION_PROOF',
  EVIDENCE_TECHNICAL_EVALUATION = 'EVIDENCE_TECHNICAL_EVALUATION',
  EVIDENCE_APPLICATION_PROOF = 'EVIDENCE_APPLICATION_PROOF',
}
registerEnumType(SubmissionRequirement, { name: 'SubmissionRequirement' });

/**
 * The notice (附件, 提名材料 3) asks for evidence of innovation, of technical evaluation and of
 * application; other material is optional.
 */
const REQUIRED_EVIDENCE: [EvidenceGroup, SubmissionRequirement][] = [
  [EvidenceGroup.INNOVATION_PROOF, SubmissionRequirement.EVIDENCE_INNOVATION_PROOF],
  [EvidenceGroup.TECHNICAL_EVALUATION, SubmissionRequirement.EVIDENCE_TECHNICAL_EVALUATION],
  [EvidenceGroup.APPLICATION_PROOF, SubmissionRequirement.EVIDENCE_APPLICATION_PROOF],
];

@ObjectType({ description: 'whether the nomination can be submitted, and what it still lacks' })
export class SubmissionReadiness {
  @Field(() => Boolean)
  isReady!: boolean;

  @Field(() => [SubmissionRequirement])
  missing!: SubmissionRequirement[];
}

/** The first printout of the form's current content, if it was printed at all. */
async function printoutOfCurrentForm(em: EntityManager, nomination: Nomination) {
  await em.populate(nomination, ['cycle', 'nominator', 'field']);
  const hash = contentSha256(await printedNominationForm(em, nomination));
  return em.findOne(
    GeneratedDocument,
    { nomination: nomination.id, kind: DocumentKind.FORM, contentSha256: hash },
    { orderBy: { generatedAt: 'asc' } },
  );
}

/**
 * What a submission of the nomination still lacks. Asked only of a nomination in its nominator's hands
 * (DRAFT or RETURNED): in any other state nothing can be submitted, and its form is not printed again
 * for the answer.
 */
export async function submissionReadiness(
  em: EntityManager,
  nomination: Nomination,
): Promise<SubmissionReadiness> {
  if (!isInNominatorsHands(nomination.status)) return { isReady: false, missing: [] };
  const [completeness, files] = await Promise.all([
    nominationCompleteness(em, nomination),
    em.find(NominationFile, { nomination: nomination.id }),
  ]);
  const stampedForm = files.find((file) => file.purpose === FilePurpose.STAMPED_FORM);
  const evidenceGroups = new Set(
    files.flatMap((file) => (file.evidenceKind ? [evidenceGroupOf(file.evidenceKind)] : [])),
  );
  const missing: SubmissionRequirement[] = [];
  if (!completeness.isComplete) missing.push(SubmissionRequirement.FORM_COMPLETE);
  else {
    // A stamped paper of an older content would not be what is submitted.
    const printout = await printoutOfCurrentForm(em, nomination);
    if (!printout || (stampedForm && stampedForm.uploadedAt < printout.generatedAt)) {
      missing.push(SubmissionRequirement.FORM_PRINTED);
    }
  }
  if (!stampedForm) missing.push(SubmissionRequirement.STAMPED_FORM);
  if (!files.some((file) => file.purpose === FilePurpose.SIGNED_PLEDGE)) {
    missing.push(SubmissionRequirement.SIGNED_PLEDGE);
  }
  for (const [group, requirement] of REQUIRED_EVIDENCE) {
    if (!evidenceGroups.has(group)) missing.push(requirement);
  }
  return { isReady: missing.length === 0, missing };
}

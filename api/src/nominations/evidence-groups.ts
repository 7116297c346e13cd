import { EvidenceGroup, EvidenceKind } from './nomination.enums.js';

/** award-rules.md, "Evidence": the group each kind of supporting document belongs to. */
const GROUP_OF_KIND: Record<EvidenceKind, EvidenceGroup> = {
  [EvidenceKind.NOVELTY_SEARCH]: EvidenceGroup.INNOVATION_PROOF,
  [EvidenceKind.PATENT_CERTIFICATE]: EvidenceGroup.INNOVATION_PROOF,
  [EvidenceKind.SOFTWARE_COPYRIGHT]: EvidenceGroup.INNOVATION_PROOF,
  [EvidenceKind.PAPER]: EvidenceGroup.INNOVATION_PROOF,
  [EvidenceKind.APPRAISAL]: EvidenceGroup.TECHNICAL_EVALUATION,
  [EvidenceKind.ACCEPTANCE_OPINION]: EvidenceGroup.TECHNICAL_EVALUATION,
  [EvidenceKind.TEST_REPORT]: EvidenceGroup.TECHNICAL_EVALUATION,
  [EvidenceKind.TECHNOLOGY_CONTRACT]: EvidenceGroup.APPLICATION_PROOF,
  [EvidenceKind.ACCEPTANCE_REPORT]: EvidenceGroup.APPLICATION_PROOF,
  [EvidenceKind.USER_REPORT]: EvidenceGroup.APPLICATION_PROOF,
  [EvidenceKind.OTHER]: EvidenceGroup.OTHER,
};

export function evidenceGroupOf(kind: EvidenceKind): EvidenceGroup {
  return GROUP_OF_KIND[kind];
}

import { EvidenceGroup, EvidenceKind } from '@award/schema/generated/graphql';

/**
 * The evidence kinds by group (award-rules.md, Evidence), to choose one under its group's heading; the
 * server files each upload in its group on its own (NominationFile.evidenceGroup).
 */
export const evidenceKindsByGroup: readonly { group: EvidenceGroup; kinds: readonly EvidenceKind[] }[] = [
  {
    group: EvidenceGroup.InnovationProof,
    kinds: [
      EvidenceKind.NoveltySearch,
      EvidenceKind.PatentCertificate,
      EvidenceKind.SoftwareCopyright,
      EvidenceKind.Paper,
    ],
  },
  {
    group: EvidenceGroup.TechnicalEvaluation,
    kinds: [EvidenceKind.Appraisal, EvidenceKind.AcceptanceOpinion, EvidenceKind.TestReport],
  },
  {
    group: EvidenceGroup.ApplicationProof,
    kinds: [EvidenceKind.TechnologyContract, EvidenceKind.AcceptanceReport, EvidenceKind.UserReport],
  },
  { group: EvidenceGroup.Other, kinds: [EvidenceKind.Other] },
];

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      expiresAt\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment AssignmentRow on Assignment {\n    id\n    stage\n    status\n    statusReason\n    assignedAt\n    dueAt\n    nomination {\n      id\n      code\n      projectName\n      category\n    }\n    scoreSheet {\n      id\n      status\n      total\n      submittedAt\n    }\n  }\n": typeof types.AssignmentRowFragmentDoc,
    "\n  query ExpertInbox($first: Int!, $after: String) {\n    assignments(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AssignmentRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExpertInboxDocument,
    "\n  query AuditChainCheck {\n    auditChainCheck {\n      isIntact\n      checkedCount\n      firstBrokenId\n    }\n  }\n": typeof types.AuditChainCheckDocument,
    "\n  fragment AuditEventRow on AuditEvent {\n    id\n    at\n    action\n    entityType\n    entityId\n    after\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.AuditEventRowFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String, $entityType: String) {\n    auditEvents(first: $first, after: $after, entityType: $entityType) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ResultsRanking($cycleId: ID!, $category: AwardCategory!, $first: Int!, $after: String) {\n    results(cycleId: $cycleId, category: $category, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          rank\n          isTied\n          officialScore\n          plainMean\n          median\n          severityAdjusted\n          sheetCount\n          hasDisagreement\n          recommendedGrade\n          finalGrade\n          nomination {\n            id\n            code\n            projectName\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ResultsRankingDocument,
    "\n  subscription NominationStatusChangeFeed($cycleId: ID!) {\n    nominationStatusChanged(cycleId: $cycleId) {\n      nominationId\n      code\n      fromStatus\n      toStatus\n      at\n    }\n  }\n": typeof types.NominationStatusChangeFeedDocument,
    "\n  query CycleTimeline($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      timeZone\n      windows {\n        id\n        kind\n        opensAt\n        closesAt\n      }\n    }\n  }\n": typeof types.CycleTimelineDocument,
    "\n  mutation SetCycleWindow($cycleId: ID!, $kind: WindowKind!, $opensAt: DateTimeISO!, $closesAt: DateTimeISO!) {\n    setCycleWindow(cycleId: $cycleId, kind: $kind, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n      kind\n      opensAt\n      closesAt\n    }\n  }\n": typeof types.SetCycleWindowDocument,
    "\n  query CycleFields($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      fields {\n        id\n        code\n        nameZh\n        nameEn\n      }\n    }\n  }\n": typeof types.CycleFieldsDocument,
    "\n  query CurrentCycle {\n    awardCycles {\n      id\n      year\n      nameZh\n      nameEn\n      timeZone\n    }\n  }\n": typeof types.CurrentCycleDocument,
    "\n  query CycleWindows($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      timeZone\n      windows {\n        id\n        kind\n        opensAt\n        closesAt\n      }\n    }\n  }\n": typeof types.CycleWindowsDocument,
    "\n  mutation AcceptNomination($id: ID!, $note: String) {\n    acceptNomination(id: $id, note: $note) {\n      id\n      status\n      version\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n": typeof types.AcceptNominationDocument,
    "\n  query FormalReviewNomination($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      projectName\n      category\n      status\n      version\n      nominator {\n        id\n        name\n      }\n      submissions {\n        id\n        number\n        nominationVersion\n        content\n        contentSha256\n        submittedAt\n      }\n      files {\n        ...SubmittedFile\n      }\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n": typeof types.FormalReviewNominationDocument,
    "\n  query FormalReviewQueue($cycleId: ID!, $first: Int!, $after: String) {\n    nominations(cycleId: $cycleId, status: SUBMITTED, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          projectName\n          category\n          status\n          submittedAt\n          nominator {\n            id\n            name\n          }\n          submissions {\n            id\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FormalReviewQueueDocument,
    "\n  subscription FormalReviewQueueChanges($cycleId: ID!) {\n    nominationStatusChanged(cycleId: $cycleId) {\n      nominationId\n      fromStatus\n      toStatus\n    }\n  }\n": typeof types.FormalReviewQueueChangesDocument,
    "\n  mutation ReturnNomination($id: ID!, $reasons: [SectionReasonInput!]!) {\n    returnNomination(id: $id, reasons: $reasons) {\n      id\n      status\n      version\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n": typeof types.ReturnNominationDocument,
    "\n  fragment ReviewTransition on NominationTransition {\n    id\n    at\n    fromStatus\n    toStatus\n    reason\n    sectionReasons {\n      section\n      reason\n    }\n  }\n": typeof types.ReviewTransitionFragmentDoc,
    "\n  fragment SubmittedFile on NominationFile {\n    id\n    fileName\n    mediaType\n    sizeBytes\n    purpose\n    evidenceKind\n    evidenceGroup\n    uploadedAt\n  }\n": typeof types.SubmittedFileFragmentDoc,
    "\n  query NominationFiles($id: ID!) {\n    nomination(id: $id) {\n      id\n      files {\n        id\n        ...UploadedFile\n      }\n    }\n  }\n": typeof types.NominationFilesDocument,
    "\n  fragment UploadedFile on NominationFile {\n    id\n    fileName\n    mediaType\n    sizeBytes\n    purpose\n    evidenceKind\n    evidenceGroup\n    uploadedAt\n  }\n": typeof types.UploadedFileFragmentDoc,
    "\n  mutation DeleteNominationFile($id: ID!) {\n    deleteNominationFile(id: $id)\n  }\n": typeof types.DeleteNominationFileDocument,
    "\n  query NominationForm($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      category\n      cycle {\n        id\n      }\n      ...NominationDraftFields\n      ...NominationProgress\n    }\n  }\n": typeof types.NominationFormDocument,
    "\n  fragment NominationProgress on Nomination {\n    id\n    status\n    completeness {\n      isComplete\n      sections {\n        section\n        isComplete\n        missing\n      }\n    }\n  }\n": typeof types.NominationProgressFragmentDoc,
    "\n  query OrganizationChoices {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          creditCode\n        }\n      }\n    }\n  }\n": typeof types.OrganizationChoicesDocument,
    "\n  query SubmissionReadiness($id: ID!) {\n    nomination(id: $id) {\n      id\n      status\n      version\n      nextStep\n      submissionReadiness {\n        isReady\n        missing\n      }\n    }\n  }\n": typeof types.SubmissionReadinessDocument,
    "\n  mutation SubmitNomination($id: ID!, $version: Int!) {\n    submitNomination(id: $id, version: $version) {\n      id\n      status\n      version\n      submittedAt\n      nextStep\n      submissionReadiness {\n        isReady\n        missing\n      }\n    }\n  }\n": typeof types.SubmitNominationDocument,
    "\n  fragment NominationDraftFields on Nomination {\n    id\n    version\n    updatedAt\n    projectName\n    field {\n      id\n    }\n    industry\n    taskSource\n    startDate\n    endDate\n    inventionPatentCount\n    otherIpCount\n    proposedGrade\n    completers {\n      id\n      position\n      name\n      employer\n      title\n      contribution\n    }\n    completingOrganizations {\n      id\n      position\n      organization {\n        id\n      }\n    }\n    summary\n    innovations {\n      id\n      position\n      content\n    }\n    objectiveEvaluation\n    applications {\n      id\n      position\n      userOrganization\n      technologyApplied\n      period\n      contact\n      benefit\n    }\n    benefitYears\n    economicBenefits {\n      id\n      year\n      newSales\n      newProfit\n      newTax\n      foreignExchange\n      savings\n    }\n    economicBasis\n    socialBenefit\n    intellectualProperty {\n      id\n      position\n      kind\n      title\n      number\n      holder\n      grantedOn\n    }\n    nominatorOpinion\n    declaresTruthfulness\n    declaresNoFee\n  }\n": typeof types.NominationDraftFieldsFragmentDoc,
    "\n  mutation SaveNominationDraft($id: ID!, $input: NominationDraftInput!) {\n    saveNominationDraft(id: $id, input: $input) {\n      id\n      ...NominationDraftFields\n      ...NominationProgress\n    }\n  }\n": typeof types.SaveNominationDraftDocument,
    "\n  query NominationList(\n    $first: Int!\n    $after: String\n    $cycleId: ID\n    $category: AwardCategory\n    $status: NominationStatus\n  ) {\n    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NominationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NominationListDocument,
    "\n  fragment NominationRow on Nomination {\n    id\n    code\n    projectName\n    category\n    status\n    proposedGrade\n    field {\n      id\n      nameZh\n      nameEn\n    }\n    nominator {\n      id\n      name\n    }\n  }\n": typeof types.NominationRowFragmentDoc,
    "\n  query NominationHistory($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      projectName\n      status\n      transitions {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        sectionReasons {\n          section\n          reason\n        }\n      }\n    }\n  }\n": typeof types.NominationHistoryDocument,
    "\n  query MyNotifications {\n    myNotifications {\n      id\n      toStatus\n      reason\n      createdAt\n      readAt\n      nomination {\n        id\n        code\n        projectName\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation CreateNomination($input: NewNominationInput!) {\n    createNomination(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateNominationDocument,
    "\n  mutation RegisterForCycle($cycleId: ID!) {\n    registerForCycle(cycleId: $cycleId) {\n      id\n      registeredAt\n    }\n  }\n": typeof types.RegisterForCycleDocument,
    "\n  query NominationStatusCounts($cycleId: ID!) {\n    all: nominations(cycleId: $cycleId, first: 1) { totalCount }\n    DRAFT: nominations(cycleId: $cycleId, status: DRAFT, first: 1) { totalCount }\n    SUBMITTED: nominations(cycleId: $cycleId, status: SUBMITTED, first: 1) { totalCount }\n    RETURNED: nominations(cycleId: $cycleId, status: RETURNED, first: 1) { totalCount }\n    ACCEPTED: nominations(cycleId: $cycleId, status: ACCEPTED, first: 1) { totalCount }\n    PRELIMINARY_REVIEW: nominations(cycleId: $cycleId, status: PRELIMINARY_REVIEW, first: 1) { totalCount }\n    RE_REVIEW: nominations(cycleId: $cycleId, status: RE_REVIEW, first: 1) { totalCount }\n    PUBLICITY: nominations(cycleId: $cycleId, status: PUBLICITY, first: 1) { totalCount }\n    APPROVED: nominations(cycleId: $cycleId, status: APPROVED, first: 1) { totalCount }\n    NOT_AWARDED: nominations(cycleId: $cycleId, status: NOT_AWARDED, first: 1) { totalCount }\n    WITHDRAWN: nominations(cycleId: $cycleId, status: WITHDRAWN, first: 1) { totalCount }\n    REVOKED: nominations(cycleId: $cycleId, status: REVOKED, first: 1) { totalCount }\n  }\n": typeof types.NominationStatusCountsDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      expiresAt\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment AssignmentRow on Assignment {\n    id\n    stage\n    status\n    statusReason\n    assignedAt\n    dueAt\n    nomination {\n      id\n      code\n      projectName\n      category\n    }\n    scoreSheet {\n      id\n      status\n      total\n      submittedAt\n    }\n  }\n": types.AssignmentRowFragmentDoc,
    "\n  query ExpertInbox($first: Int!, $after: String) {\n    assignments(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AssignmentRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExpertInboxDocument,
    "\n  query AuditChainCheck {\n    auditChainCheck {\n      isIntact\n      checkedCount\n      firstBrokenId\n    }\n  }\n": types.AuditChainCheckDocument,
    "\n  fragment AuditEventRow on AuditEvent {\n    id\n    at\n    action\n    entityType\n    entityId\n    after\n    actor {\n      id\n      displayName\n    }\n  }\n": types.AuditEventRowFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String, $entityType: String) {\n    auditEvents(first: $first, after: $after, entityType: $entityType) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query ResultsRanking($cycleId: ID!, $category: AwardCategory!, $first: Int!, $after: String) {\n    results(cycleId: $cycleId, category: $category, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          rank\n          isTied\n          officialScore\n          plainMean\n          median\n          severityAdjusted\n          sheetCount\n          hasDisagreement\n          recommendedGrade\n          finalGrade\n          nomination {\n            id\n            code\n            projectName\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ResultsRankingDocument,
    "\n  subscription NominationStatusChangeFeed($cycleId: ID!) {\n    nominationStatusChanged(cycleId: $cycleId) {\n      nominationId\n      code\n      fromStatus\n      toStatus\n      at\n    }\n  }\n": types.NominationStatusChangeFeedDocument,
    "\n  query CycleTimeline($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      timeZone\n      windows {\n        id\n        kind\n        opensAt\n        closesAt\n      }\n    }\n  }\n": types.CycleTimelineDocument,
    "\n  mutation SetCycleWindow($cycleId: ID!, $kind: WindowKind!, $opensAt: DateTimeISO!, $closesAt: DateTimeISO!) {\n    setCycleWindow(cycleId: $cycleId, kind: $kind, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n      kind\n      opensAt\n      closesAt\n    }\n  }\n": types.SetCycleWindowDocument,
    "\n  query CycleFields($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      fields {\n        id\n        code\n        nameZh\n        nameEn\n      }\n    }\n  }\n": types.CycleFieldsDocument,
    "\n  query CurrentCycle {\n    awardCycles {\n      id\n      year\n      nameZh\n      nameEn\n      timeZone\n    }\n  }\n": types.CurrentCycleDocument,
    "\n  query CycleWindows($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      timeZone\n      windows {\n        id\n        kind\n        opensAt\n        closesAt\n      }\n    }\n  }\n": types.CycleWindowsDocument,
    "\n  mutation AcceptNomination($id: ID!, $note: String) {\n    acceptNomination(id: $id, note: $note) {\n      id\n      status\n      version\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n": types.AcceptNominationDocument,
    "\n  query FormalReviewNomination($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      projectName\n      category\n      status\n      version\n      nominator {\n        id\n        name\n      }\n      submissions {\n        id\n        number\n        nominationVersion\n        content\n        contentSha256\n        submittedAt\n      }\n      files {\n        ...SubmittedFile\n      }\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n": types.FormalReviewNominationDocument,
    "\n  query FormalReviewQueue($cycleId: ID!, $first: Int!, $after: String) {\n    nominations(cycleId: $cycleId, status: SUBMITTED, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          projectName\n          category\n          status\n          submittedAt\n          nominator {\n            id\n            name\n          }\n          submissions {\n            id\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FormalReviewQueueDocument,
    "\n  subscription FormalReviewQueueChanges($cycleId: ID!) {\n    nominationStatusChanged(cycleId: $cycleId) {\n      nominationId\n      fromStatus\n      toStatus\n    }\n  }\n": types.FormalReviewQueueChangesDocument,
    "\n  mutation ReturnNomination($id: ID!, $reasons: [SectionReasonInput!]!) {\n    returnNomination(id: $id, reasons: $reasons) {\n      id\n      status\n      version\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n": types.ReturnNominationDocument,
    "\n  fragment ReviewTransition on NominationTransition {\n    id\n    at\n    fromStatus\n    toStatus\n    reason\n    sectionReasons {\n      section\n      reason\n    }\n  }\n": types.ReviewTransitionFragmentDoc,
    "\n  fragment SubmittedFile on NominationFile {\n    id\n    fileName\n    mediaType\n    sizeBytes\n    purpose\n    evidenceKind\n    evidenceGroup\n    uploadedAt\n  }\n": types.SubmittedFileFragmentDoc,
    "\n  query NominationFiles($id: ID!) {\n    nomination(id: $id) {\n      id\n      files {\n        id\n        ...UploadedFile\n      }\n    }\n  }\n": types.NominationFilesDocument,
    "\n  fragment UploadedFile on NominationFile {\n    id\n    fileName\n    mediaType\n    sizeBytes\n    purpose\n    evidenceKind\n    evidenceGroup\n    uploadedAt\n  }\n": types.UploadedFileFragmentDoc,
    "\n  mutation DeleteNominationFile($id: ID!) {\n    deleteNominationFile(id: $id)\n  }\n": types.DeleteNominationFileDocument,
    "\n  query NominationForm($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      category\n      cycle {\n        id\n      }\n      ...NominationDraftFields\n      ...NominationProgress\n    }\n  }\n": types.NominationFormDocument,
    "\n  fragment NominationProgress on Nomination {\n    id\n    status\n    completeness {\n      isComplete\n      sections {\n        section\n        isComplete\n        missing\n      }\n    }\n  }\n": types.NominationProgressFragmentDoc,
    "\n  query OrganizationChoices {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          creditCode\n        }\n      }\n    }\n  }\n": types.OrganizationChoicesDocument,
    "\n  query SubmissionReadiness($id: ID!) {\n    nomination(id: $id) {\n      id\n      status\n      version\n      nextStep\n      submissionReadiness {\n        isReady\n        missing\n      }\n    }\n  }\n": types.SubmissionReadinessDocument,
    "\n  mutation SubmitNomination($id: ID!, $version: Int!) {\n    submitNomination(id: $id, version: $version) {\n      id\n      status\n      version\n      submittedAt\n      nextStep\n      submissionReadiness {\n        isReady\n        missing\n      }\n    }\n  }\n": types.SubmitNominationDocument,
    "\n  fragment NominationDraftFields on Nomination {\n    id\n    version\n    updatedAt\n    projectName\n    field {\n      id\n    }\n    industry\n    taskSource\n    startDate\n    endDate\n    inventionPatentCount\n    otherIpCount\n    proposedGrade\n    completers {\n      id\n      position\n      name\n      employer\n      title\n      contribution\n    }\n    completingOrganizations {\n      id\n      position\n      organization {\n        id\n      }\n    }\n    summary\n    innovations {\n      id\n      position\n      content\n    }\n    objectiveEvaluation\n    applications {\n      id\n      position\n      userOrganization\n      technologyApplied\n      period\n      contact\n      benefit\n    }\n    benefitYears\n    economicBenefits {\n      id\n      year\n      newSales\n      newProfit\n      newTax\n      foreignExchange\n      savings\n    }\n    economicBasis\n    socialBenefit\n    intellectualProperty {\n      id\n      position\n      kind\n      title\n      number\n      holder\n      grantedOn\n    }\n    nominatorOpinion\n    declaresTruthfulness\n    declaresNoFee\n  }\n": types.NominationDraftFieldsFragmentDoc,
    "\n  mutation SaveNominationDraft($id: ID!, $input: NominationDraftInput!) {\n    saveNominationDraft(id: $id, input: $input) {\n      id\n      ...NominationDraftFields\n      ...NominationProgress\n    }\n  }\n": types.SaveNominationDraftDocument,
    "\n  query NominationList(\n    $first: Int!\n    $after: String\n    $cycleId: ID\n    $category: AwardCategory\n    $status: NominationStatus\n  ) {\n    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NominationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NominationListDocument,
    "\n  fragment NominationRow on Nomination {\n    id\n    code\n    projectName\n    category\n    status\n    proposedGrade\n    field {\n      id\n      nameZh\n      nameEn\n    }\n    nominator {\n      id\n      name\n    }\n  }\n": types.NominationRowFragmentDoc,
    "\n  query NominationHistory($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      projectName\n      status\n      transitions {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        sectionReasons {\n          section\n          reason\n        }\n      }\n    }\n  }\n": types.NominationHistoryDocument,
    "\n  query MyNotifications {\n    myNotifications {\n      id\n      toStatus\n      reason\n      createdAt\n      readAt\n      nomination {\n        id\n        code\n        projectName\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation CreateNomination($input: NewNominationInput!) {\n    createNomination(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateNominationDocument,
    "\n  mutation RegisterForCycle($cycleId: ID!) {\n    registerForCycle(cycleId: $cycleId) {\n      id\n      registeredAt\n    }\n  }\n": types.RegisterForCycleDocument,
    "\n  query NominationStatusCounts($cycleId: ID!) {\n    all: nominations(cycleId: $cycleId, first: 1) { totalCount }\n    DRAFT: nominations(cycleId: $cycleId, status: DRAFT, first: 1) { totalCount }\n    SUBMITTED: nominations(cycleId: $cycleId, status: SUBMITTED, first: 1) { totalCount }\n    RETURNED: nominations(cycleId: $cycleId, status: RETURNED, first: 1) { totalCount }\n    ACCEPTED: nominations(cycleId: $cycleId, status: ACCEPTED, first: 1) { totalCount }\n    PRELIMINARY_REVIEW: nominations(cycleId: $cycleId, status: PRELIMINARY_REVIEW, first: 1) { totalCount }\n    RE_REVIEW: nominations(cycleId: $cycleId, status: RE_REVIEW, first: 1) { totalCount }\n    PUBLICITY: nominations(cycleId: $cycleId, status: PUBLICITY, first: 1) { totalCount }\n    APPROVED: nominations(cycleId: $cycleId, status: APPROVED, first: 1) { totalCount }\n    NOT_AWARDED: nominations(cycleId: $cycleId, status: NOT_AWARDED, first: 1) { totalCount }\n    WITHDRAWN: nominations(cycleId: $cycleId, status: WITHDRAWN, first: 1) { totalCount }\n    REVOKED: nominations(cycleId: $cycleId, status: REVOKED, first: 1) { totalCount }\n  }\n": types.NominationStatusCountsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentRow on Assignment {\n    id\n    stage\n    status\n    statusReason\n    assignedAt\n    dueAt\n    nomination {\n      id\n      code\n      projectName\n      category\n    }\n    scoreSheet {\n      id\n      status\n      total\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentRow on Assignment {\n    id\n    stage\n    status\n    statusReason\n    assignedAt\n    dueAt\n    nomination {\n      id\n      code\n      projectName\n      category\n    }\n    scoreSheet {\n      id\n      status\n      total\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertInbox($first: Int!, $after: String) {\n    assignments(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AssignmentRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertInbox($first: Int!, $after: String) {\n    assignments(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AssignmentRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainCheck {\n    auditChainCheck {\n      isIntact\n      checkedCount\n      firstBrokenId\n    }\n  }\n"): (typeof documents)["\n  query AuditChainCheck {\n    auditChainCheck {\n      isIntact\n      checkedCount\n      firstBrokenId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventRow on AuditEvent {\n    id\n    at\n    action\n    entityType\n    entityId\n    after\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventRow on AuditEvent {\n    id\n    at\n    action\n    entityType\n    entityId\n    after\n    actor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $entityType: String) {\n    auditEvents(first: $first, after: $after, entityType: $entityType) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $entityType: String) {\n    auditEvents(first: $first, after: $after, entityType: $entityType) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultsRanking($cycleId: ID!, $category: AwardCategory!, $first: Int!, $after: String) {\n    results(cycleId: $cycleId, category: $category, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          rank\n          isTied\n          officialScore\n          plainMean\n          median\n          severityAdjusted\n          sheetCount\n          hasDisagreement\n          recommendedGrade\n          finalGrade\n          nomination {\n            id\n            code\n            projectName\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResultsRanking($cycleId: ID!, $category: AwardCategory!, $first: Int!, $after: String) {\n    results(cycleId: $cycleId, category: $category, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          rank\n          isTied\n          officialScore\n          plainMean\n          median\n          severityAdjusted\n          sheetCount\n          hasDisagreement\n          recommendedGrade\n          finalGrade\n          nomination {\n            id\n            code\n            projectName\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NominationStatusChangeFeed($cycleId: ID!) {\n    nominationStatusChanged(cycleId: $cycleId) {\n      nominationId\n      code\n      fromStatus\n      toStatus\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription NominationStatusChangeFeed($cycleId: ID!) {\n    nominationStatusChanged(cycleId: $cycleId) {\n      nominationId\n      code\n      fromStatus\n      toStatus\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleTimeline($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      timeZone\n      windows {\n        id\n        kind\n        opensAt\n        closesAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleTimeline($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      timeZone\n      windows {\n        id\n        kind\n        opensAt\n        closesAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCycleWindow($cycleId: ID!, $kind: WindowKind!, $opensAt: DateTimeISO!, $closesAt: DateTimeISO!) {\n    setCycleWindow(cycleId: $cycleId, kind: $kind, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n      kind\n      opensAt\n      closesAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetCycleWindow($cycleId: ID!, $kind: WindowKind!, $opensAt: DateTimeISO!, $closesAt: DateTimeISO!) {\n    setCycleWindow(cycleId: $cycleId, kind: $kind, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n      kind\n      opensAt\n      closesAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleFields($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      fields {\n        id\n        code\n        nameZh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleFields($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      fields {\n        id\n        code\n        nameZh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentCycle {\n    awardCycles {\n      id\n      year\n      nameZh\n      nameEn\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query CurrentCycle {\n    awardCycles {\n      id\n      year\n      nameZh\n      nameEn\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleWindows($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      timeZone\n      windows {\n        id\n        kind\n        opensAt\n        closesAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleWindows($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      timeZone\n      windows {\n        id\n        kind\n        opensAt\n        closesAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptNomination($id: ID!, $note: String) {\n    acceptNomination(id: $id, note: $note) {\n      id\n      status\n      version\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptNomination($id: ID!, $note: String) {\n    acceptNomination(id: $id, note: $note) {\n      id\n      status\n      version\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormalReviewNomination($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      projectName\n      category\n      status\n      version\n      nominator {\n        id\n        name\n      }\n      submissions {\n        id\n        number\n        nominationVersion\n        content\n        contentSha256\n        submittedAt\n      }\n      files {\n        ...SubmittedFile\n      }\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n"): (typeof documents)["\n  query FormalReviewNomination($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      projectName\n      category\n      status\n      version\n      nominator {\n        id\n        name\n      }\n      submissions {\n        id\n        number\n        nominationVersion\n        content\n        contentSha256\n        submittedAt\n      }\n      files {\n        ...SubmittedFile\n      }\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormalReviewQueue($cycleId: ID!, $first: Int!, $after: String) {\n    nominations(cycleId: $cycleId, status: SUBMITTED, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          projectName\n          category\n          status\n          submittedAt\n          nominator {\n            id\n            name\n          }\n          submissions {\n            id\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FormalReviewQueue($cycleId: ID!, $first: Int!, $after: String) {\n    nominations(cycleId: $cycleId, status: SUBMITTED, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          projectName\n          category\n          status\n          submittedAt\n          nominator {\n            id\n            name\n          }\n          submissions {\n            id\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FormalReviewQueueChanges($cycleId: ID!) {\n    nominationStatusChanged(cycleId: $cycleId) {\n      nominationId\n      fromStatus\n      toStatus\n    }\n  }\n"): (typeof documents)["\n  subscription FormalReviewQueueChanges($cycleId: ID!) {\n    nominationStatusChanged(cycleId: $cycleId) {\n      nominationId\n      fromStatus\n      toStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnNomination($id: ID!, $reasons: [SectionReasonInput!]!) {\n    returnNomination(id: $id, reasons: $reasons) {\n      id\n      status\n      version\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnNomination($id: ID!, $reasons: [SectionReasonInput!]!) {\n    returnNomination(id: $id, reasons: $reasons) {\n      id\n      status\n      version\n      transitions {\n        ...ReviewTransition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewTransition on NominationTransition {\n    id\n    at\n    fromStatus\n    toStatus\n    reason\n    sectionReasons {\n      section\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewTransition on NominationTransition {\n    id\n    at\n    fromStatus\n    toStatus\n    reason\n    sectionReasons {\n      section\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmittedFile on NominationFile {\n    id\n    fileName\n    mediaType\n    sizeBytes\n    purpose\n    evidenceKind\n    evidenceGroup\n    uploadedAt\n  }\n"): (typeof documents)["\n  fragment SubmittedFile on NominationFile {\n    id\n    fileName\n    mediaType\n    sizeBytes\n    purpose\n    evidenceKind\n    evidenceGroup\n    uploadedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationFiles($id: ID!) {\n    nomination(id: $id) {\n      id\n      files {\n        id\n        ...UploadedFile\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominationFiles($id: ID!) {\n    nomination(id: $id) {\n      id\n      files {\n        id\n        ...UploadedFile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UploadedFile on NominationFile {\n    id\n    fileName\n    mediaType\n    sizeBytes\n    purpose\n    evidenceKind\n    evidenceGroup\n    uploadedAt\n  }\n"): (typeof documents)["\n  fragment UploadedFile on NominationFile {\n    id\n    fileName\n    mediaType\n    sizeBytes\n    purpose\n    evidenceKind\n    evidenceGroup\n    uploadedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNominationFile($id: ID!) {\n    deleteNominationFile(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNominationFile($id: ID!) {\n    deleteNominationFile(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationForm($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      category\n      cycle {\n        id\n      }\n      ...NominationDraftFields\n      ...NominationProgress\n    }\n  }\n"): (typeof documents)["\n  query NominationForm($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      category\n      cycle {\n        id\n      }\n      ...NominationDraftFields\n      ...NominationProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NominationProgress on Nomination {\n    id\n    status\n    completeness {\n      isComplete\n      sections {\n        section\n        isComplete\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NominationProgress on Nomination {\n    id\n    status\n    completeness {\n      isComplete\n      sections {\n        section\n        isComplete\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationChoices {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          creditCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationChoices {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          creditCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionReadiness($id: ID!) {\n    nomination(id: $id) {\n      id\n      status\n      version\n      nextStep\n      submissionReadiness {\n        isReady\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionReadiness($id: ID!) {\n    nomination(id: $id) {\n      id\n      status\n      version\n      nextStep\n      submissionReadiness {\n        isReady\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitNomination($id: ID!, $version: Int!) {\n    submitNomination(id: $id, version: $version) {\n      id\n      status\n      version\n      submittedAt\n      nextStep\n      submissionReadiness {\n        isReady\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitNomination($id: ID!, $version: Int!) {\n    submitNomination(id: $id, version: $version) {\n      id\n      status\n      version\n      submittedAt\n      nextStep\n      submissionReadiness {\n        isReady\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NominationDraftFields on Nomination {\n    id\n    version\n    updatedAt\n    projectName\n    field {\n      id\n    }\n    industry\n    taskSource\n    startDate\n    endDate\n    inventionPatentCount\n    otherIpCount\n    proposedGrade\n    completers {\n      id\n      position\n      name\n      employer\n      title\n      contribution\n    }\n    completingOrganizations {\n      id\n      position\n      organization {\n        id\n      }\n    }\n    summary\n    innovations {\n      id\n      position\n      content\n    }\n    objectiveEvaluation\n    applications {\n      id\n      position\n      userOrganization\n      technologyApplied\n      period\n      contact\n      benefit\n    }\n    benefitYears\n    economicBenefits {\n      id\n      year\n      newSales\n      newProfit\n      newTax\n      foreignExchange\n      savings\n    }\n    economicBasis\n    socialBenefit\n    intellectualProperty {\n      id\n      position\n      kind\n      title\n      number\n      holder\n      grantedOn\n    }\n    nominatorOpinion\n    declaresTruthfulness\n    declaresNoFee\n  }\n"): (typeof documents)["\n  fragment NominationDraftFields on Nomination {\n    id\n    version\n    updatedAt\n    projectName\n    field {\n      id\n    }\n    industry\n    taskSource\n    startDate\n    endDate\n    inventionPatentCount\n    otherIpCount\n    proposedGrade\n    completers {\n      id\n      position\n      name\n      employer\n      title\n      contribution\n    }\n    completingOrganizations {\n      id\n      position\n      organization {\n        id\n      }\n    }\n    summary\n    innovations {\n      id\n      position\n      content\n    }\n    objectiveEvaluation\n    applications {\n      id\n      position\n      userOrganization\n      technologyApplied\n      period\n      contact\n      benefit\n    }\n    benefitYears\n    economicBenefits {\n      id\n      year\n      newSales\n      newProfit\n      newTax\n      foreignExchange\n      savings\n    }\n    economicBasis\n    socialBenefit\n    intellectualProperty {\n      id\n      position\n      kind\n      title\n      number\n      holder\n      grantedOn\n    }\n    nominatorOpinion\n    declaresTruthfulness\n    declaresNoFee\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNominationDraft($id: ID!, $input: NominationDraftInput!) {\n    saveNominationDraft(id: $id, input: $input) {\n      id\n      ...NominationDraftFields\n      ...NominationProgress\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNominationDraft($id: ID!, $input: NominationDraftInput!) {\n    saveNominationDraft(id: $id, input: $input) {\n      id\n      ...NominationDraftFields\n      ...NominationProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationList(\n    $first: Int!\n    $after: String\n    $cycleId: ID\n    $category: AwardCategory\n    $status: NominationStatus\n  ) {\n    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NominationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominationList(\n    $first: Int!\n    $after: String\n    $cycleId: ID\n    $category: AwardCategory\n    $status: NominationStatus\n  ) {\n    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NominationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NominationRow on Nomination {\n    id\n    code\n    projectName\n    category\n    status\n    proposedGrade\n    field {\n      id\n      nameZh\n      nameEn\n    }\n    nominator {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NominationRow on Nomination {\n    id\n    code\n    projectName\n    category\n    status\n    proposedGrade\n    field {\n      id\n      nameZh\n      nameEn\n    }\n    nominator {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationHistory($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      projectName\n      status\n      transitions {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        sectionReasons {\n          section\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominationHistory($id: ID!) {\n    nomination(id: $id) {\n      id\n      code\n      projectName\n      status\n      transitions {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        sectionReasons {\n          section\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    myNotifications {\n      id\n      toStatus\n      reason\n      createdAt\n      readAt\n      nomination {\n        id\n        code\n        projectName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    myNotifications {\n      id\n      toStatus\n      reason\n      createdAt\n      readAt\n      nomination {\n        id\n        code\n        projectName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNomination($input: NewNominationInput!) {\n    createNomination(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNomination($input: NewNominationInput!) {\n    createNomination(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForCycle($cycleId: ID!) {\n    registerForCycle(cycleId: $cycleId) {\n      id\n      registeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForCycle($cycleId: ID!) {\n    registerForCycle(cycleId: $cycleId) {\n      id\n      registeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationStatusCounts($cycleId: ID!) {\n    all: nominations(cycleId: $cycleId, first: 1) { totalCount }\n    DRAFT: nominations(cycleId: $cycleId, status: DRAFT, first: 1) { totalCount }\n    SUBMITTED: nominations(cycleId: $cycleId, status: SUBMITTED, first: 1) { totalCount }\n    RETURNED: nominations(cycleId: $cycleId, status: RETURNED, first: 1) { totalCount }\n    ACCEPTED: nominations(cycleId: $cycleId, status: ACCEPTED, first: 1) { totalCount }\n    PRELIMINARY_REVIEW: nominations(cycleId: $cycleId, status: PRELIMINARY_REVIEW, first: 1) { totalCount }\n    RE_REVIEW: nominations(cycleId: $cycleId, status: RE_REVIEW, first: 1) { totalCount }\n    PUBLICITY: nominations(cycleId: $cycleId, status: PUBLICITY, first: 1) { totalCount }\n    APPROVED: nominations(cycleId: $cycleId, status: APPROVED, first: 1) { totalCount }\n    NOT_AWARDED: nominations(cycleId: $cycleId, status: NOT_AWARDED, first: 1) { totalCount }\n    WITHDRAWN: nominations(cycleId: $cycleId, status: WITHDRAWN, first: 1) { totalCount }\n    REVOKED: nominations(cycleId: $cycleId, status: REVOKED, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query NominationStatusCounts($cycleId: ID!) {\n    all: nominations(cycleId: $cycleId, first: 1) { totalCount }\n    DRAFT: nominations(cycleId: $cycleId, status: DRAFT, first: 1) { totalCount }\n    SUBMITTED: nominations(cycleId: $cycleId, status: SUBMITTED, first: 1) { totalCount }\n    RETURNED: nominations(cycleId: $cycleId, status: RETURNED, first: 1) { totalCount }\n    ACCEPTED: nominations(cycleId: $cycleId, status: ACCEPTED, first: 1) { totalCount }\n    PRELIMINARY_REVIEW: nominations(cycleId: $cycleId, status: PRELIMINARY_REVIEW, first: 1) { totalCount }\n    RE_REVIEW: nominations(cycleId: $cycleId, status: RE_REVIEW, first: 1) { totalCount }\n    PUBLICITY: nominations(cycleId: $cycleId, status: PUBLICITY, first: 1) { totalCount }\n    APPROVED: nominations(cycleId: $cycleId, status: APPROVED, first: 1) { totalCount }\n    NOT_AWARDED: nominations(cycleId: $cycleId, status: NOT_AWARDED, first: 1) { totalCount }\n    WITHDRAWN: nominations(cycleId: $cycleId, status: WITHDRAWN, first: 1) { totalCount }\n    REVOKED: nominations(cycleId: $cycleId, status: REVOKED, first: 1) { totalCount }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
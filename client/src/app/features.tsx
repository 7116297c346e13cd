import { Role } from '@award/schema/generated/graphql';
import type { ReactNode } from 'react';
import { passwordFeature } from '../account/password.feature';
import { assignmentBoardFeature } from '../assignment-board/assignment-board.feature';
import { assignmentsFeature } from '../assignments/assignments.feature';
import { auditFeature } from '../audit/audit.feature';
import { chairConsoleFeature } from '../chair-console/chair-console.feature';
import { awardListsFeature, closingFeature } from '../closing/closing.feature';
import { expertPoolFeature } from '../expert-pool/expert-pool.feature';
import { formalReviewFeature } from '../formal-review/formal-review.feature';
import { nominationsFeature } from '../nominations/nominations.feature';
import { nominatorPortalFeature } from '../nominator-portal/nominator-portal.feature';
import { reReviewFeature } from '../re-review/re-review.feature';
import { secretariatFeature } from '../secretariat/secretariat.feature';
import type { AppMessages } from './app.messages';

/** A screen of the platform: its route, its entry in the side menu, and the roles it is for. */
export interface Feature {
  path: string;
  menuLabel: keyof AppMessages['menu'];
  icon: ReactNode;
  page: ReactNode;
  /** Screens under the feature's path (`:id` and the like), guarded and highlighted in the menu with it. */
  subpages?: readonly { path: string; page: ReactNode }[];
  /** Who sees it in the menu and may open it; the server checks every query on its own all the same. */
  roles: readonly Role[];
}

// The router and the side menu are both built from this list, in this order: a new screen is one entry here.
export const features: Feature[] = [
  secretariatFeature,
  formalReviewFeature,
  assignmentBoardFeature,
  expertPoolFeature,
  chairConsoleFeature,
  closingFeature,
  reReviewFeature,
  assignmentsFeature,
  nominatorPortalFeature,
  nominationsFeature,
  awardListsFeature,
  auditFeature,
  passwordFeature,
];

/** Where each role starts. */
const roleHomes: Record<Role, Feature> = {
  SECRETARIAT: secretariatFeature,
  CHAIR: chairConsoleFeature,
  COMMITTEE_MEMBER: reReviewFeature,
  EXPERT: assignmentsFeature,
  NOMINATOR: nominatorPortalFeature,
};

// An account with several roles starts at the home of the first of them in this order (the chair, also a
// committee member, at the console).
const homePrecedence: Role[] = [
  Role.Secretariat,
  Role.Chair,
  Role.CommitteeMember,
  Role.Expert,
  Role.Nominator,
];

export function isFeatureFor(feature: Feature, roles: readonly Role[]): boolean {
  return feature.roles.some((role) => roles.includes(role));
}

/** The screens of the viewer's roles, for the side menu. */
export function featuresFor(roles: readonly Role[]): Feature[] {
  return features.filter((feature) => isFeatureFor(feature, roles));
}

/** The start page of a viewer, from its roles; an account without any role has only its own settings. */
export function homePathOf(roles: readonly Role[]): string {
  const role = homePrecedence.find((candidate) => roles.includes(candidate));
  return role ? roleHomes[role].path : passwordFeature.path;
}

import { registerEnumType } from 'type-graphql';

export enum Role {
  SECRETARIAT = 'SECRETARIAT',
  CHAIR = 'CHAIR',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  EXPERT = 'EXPERT',
  NOMINATOR = 'NOMINATOR',
}
registerEnumType(Role, { name: 'Role' });

/** The staff who see every nomination, reviewer and score (award-rules.md, Blind review). */
export const STAFF = [Role.SECRETARIAT, Role.CHAIR] as const;

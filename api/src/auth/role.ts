import { registerEnumType } from 'type-graphql';

export enum Role {
  SECRETARIAT = 'SECRETARIAT',
  CHAIR = 'CHAIR',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  EXPERT = 'EXPERT',
  NOMINATOR = 'NOMINATOR',
}
registerEnumType(Role, { name: 'Role' });

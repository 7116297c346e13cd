import { AuditOutlined, TrophyOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { AwardListsPage } from './AwardListsPage';
import { ClosingPage } from './ClosingPage';

export const closingFeature: Feature = {
  path: '/closing',
  menuLabel: 'closing',
  icon: <AuditOutlined />,
  page: <ClosingPage />,
  roles: [Role.Chair, Role.Secretariat],
};

// Published lists are for everyone signed in (api: publicityList, finalList); the staff read them on /closing.
export const awardListsFeature: Feature = {
  path: '/award-lists',
  menuLabel: 'awardLists',
  icon: <TrophyOutlined />,
  page: <AwardListsPage />,
  roles: [Role.CommitteeMember, Role.Expert, Role.Nominator],
};

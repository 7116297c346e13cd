import { TeamOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { ExpertPoolPage } from './ExpertPoolPage';

export const expertPoolFeature: Feature = {
  path: '/expert-pool',
  menuLabel: 'expertPool',
  icon: <TeamOutlined />,
  page: <ExpertPoolPage />,
  roles: [Role.Secretariat],
};

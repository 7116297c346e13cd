import { DashboardOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { SecretariatDesk } from './SecretariatDesk';

export const secretariatFeature: Feature = {
  path: '/secretariat',
  menuLabel: 'secretariat',
  icon: <DashboardOutlined />,
  page: <SecretariatDesk />,
  roles: [Role.Secretariat],
};

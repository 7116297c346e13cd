import { LockOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { PasswordPage } from './PasswordPage';

export const passwordFeature: Feature = {
  path: '/account/password',
  menuLabel: 'password',
  icon: <LockOutlined />,
  page: <PasswordPage />,
  roles: Object.values(Role),
};

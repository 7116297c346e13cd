import { ControlOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { ChairConsole } from './ChairConsole';

export const chairConsoleFeature: Feature = {
  path: '/console',
  menuLabel: 'chairConsole',
  icon: <ControlOutlined />,
  page: <ChairConsole />,
  // The secretariat follows the review too; reopening a sheet and the votes stay the chair's.
  roles: [Role.Chair, Role.Secretariat],
};

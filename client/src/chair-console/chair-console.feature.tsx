import { ControlOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { ChairConsole } from './ChairConsole';

export const chairConsoleFeature: Feature = {
  path: '/console',
  menuLabel: 'chairConsole',
  icon: <ControlOutlined />,
  page: <ChairConsole />,
  roles: [Role.Chair],
};

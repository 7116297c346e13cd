import { FileTextOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { NominationsPage } from './NominationsPage';

export const nominationsFeature: Feature = {
  path: '/nominations',
  menuLabel: 'nominations',
  icon: <FileTextOutlined />,
  page: <NominationsPage />,
  // Staff see every nomination; the other roles have screens of their own for what they may see.
  roles: [Role.Secretariat, Role.Chair],
};

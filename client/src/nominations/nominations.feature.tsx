import { FileTextOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { NominationPage } from './NominationPage';
import { NominationsPage } from './NominationsPage';
import { nominationPath, nominationsPath } from './paths';

export const nominationsFeature: Feature = {
  path: nominationsPath,
  menuLabel: 'nominations',
  icon: <FileTextOutlined />,
  page: <NominationsPage />,
  subpages: [{ path: nominationPath(':nominationId'), page: <NominationPage /> }],
  // Staff see every nomination; the other roles have screens of their own for what they may see.
  roles: [Role.Secretariat, Role.Chair],
};

import { FolderOpenOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { NominatorPortal } from './NominatorPortal';

export const nominatorPortalFeature: Feature = {
  path: '/my-nominations',
  menuLabel: 'nominatorPortal',
  icon: <FolderOpenOutlined />,
  page: <NominatorPortal />,
  roles: [Role.Nominator],
};

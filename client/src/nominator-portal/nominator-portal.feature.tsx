import { FolderOpenOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { NominationFormPage } from '../nomination-form/NominationFormPage';
import { NominatorPortal } from './NominatorPortal';

export const nominatorPortalFeature: Feature = {
  path: '/my-nominations',
  menuLabel: 'nominatorPortal',
  icon: <FolderOpenOutlined />,
  page: <NominatorPortal />,
  subpages: [{ path: '/my-nominations/:nominationId', page: <NominationFormPage /> }],
  roles: [Role.Nominator],
};

import { FolderOpenOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { NominationFormPage } from '../nomination-form/NominationFormPage';
import { NominatorPortal } from './NominatorPortal';
import { formPath, myNominationsPath } from './paths';

export const nominatorPortalFeature: Feature = {
  path: myNominationsPath,
  menuLabel: 'nominatorPortal',
  icon: <FolderOpenOutlined />,
  page: <NominatorPortal />,
  subpages: [{ path: formPath(':nominationId'), page: <NominationFormPage /> }],
  roles: [Role.Nominator],
};

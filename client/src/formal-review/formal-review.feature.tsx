import { FileSearchOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { FormalReviewPage } from './FormalReviewPage';
import { FormalReviewQueue } from './FormalReviewQueue';
import { queuePath } from './paths';

export const formalReviewFeature: Feature = {
  path: queuePath,
  menuLabel: 'formalReview',
  icon: <FileSearchOutlined />,
  page: <FormalReviewQueue />,
  subpages: [{ path: `${queuePath}/:nominationId`, page: <FormalReviewPage /> }],
  roles: [Role.Secretariat],
};

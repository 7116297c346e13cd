import { TeamOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { ReReviewPage } from './ReReviewPage';

export const reReviewFeature: Feature = {
  path: '/re-review',
  menuLabel: 'reReview',
  icon: <TeamOutlined />,
  page: <ReReviewPage />,
  roles: [Role.CommitteeMember],
};

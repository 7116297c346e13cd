import { InboxOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { reviewerWorkspaceSubpage } from '../scoring/scoring.routes';
import { ExpertInbox } from './ExpertInbox';

export const assignmentsFeature: Feature = {
  path: '/assignments',
  menuLabel: 'assignments',
  icon: <InboxOutlined />,
  page: <ExpertInbox />,
  subpages: [reviewerWorkspaceSubpage],
  roles: [Role.Expert],
};

import { ApartmentOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { AssignmentBoard } from './AssignmentBoard';
import { ProposalPage } from './ProposalPage';
import { boardPath, proposalPath } from './paths';

export const assignmentBoardFeature: Feature = {
  path: boardPath,
  menuLabel: 'assignmentBoard',
  icon: <ApartmentOutlined />,
  page: <AssignmentBoard />,
  subpages: [{ path: proposalPath(':proposalId'), page: <ProposalPage /> }],
  roles: [Role.Secretariat],
};

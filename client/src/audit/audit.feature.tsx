import { AuditOutlined } from '@ant-design/icons';
import { Role } from '@award/schema/generated/graphql';
import type { Feature } from '../app/features';
import { AuditLogPage } from './AuditLogPage';

export const auditFeature: Feature = {
  path: '/audit',
  menuLabel: 'audit',
  icon: <AuditOutlined />,
  page: <AuditLogPage />,
  roles: [Role.Secretariat, Role.Chair],
};

import { FileTextOutlined } from '@ant-design/icons';
import type { Feature } from '../app/features';
import { NominationsPage } from './NominationsPage';

export const nominationsFeature: Feature = {
  path: '/nominations',
  menuLabel: 'nominations',
  icon: <FileTextOutlined />,
  page: <NominationsPage />,
};

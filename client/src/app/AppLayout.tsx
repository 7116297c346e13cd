import { Role } from '@award/schema/generated/graphql';
import { Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { SessionExpiryWarning } from '../auth/SessionExpiryWarning';
import { ViewerMenu } from '../auth/ViewerMenu';
import { useViewer } from '../auth/viewer';
import { NotificationBell } from '../nominator-portal/NotificationBell';
import { featuresFor } from './features';
import { LanguageSwitch } from './LanguageSwitch';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { roles } = useViewer();
  const menuFeatures = featuresFor(roles);
  const selected = menuFeatures.filter((feature) => pathname.startsWith(feature.path)).map((f) => f.path);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {t('platformName')}
        </Typography.Title>
        <Space size="large">
          {/* Nominators are told in the app of every change of their nominations' state (issue 4). */}
          {roles.includes(Role.Nominator) && <NotificationBell />}
          <ViewerMenu />
          <LanguageSwitch />
        </Space>
      </Layout.Header>
      <SessionExpiryWarning />
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
          <Menu
            mode="inline"
            aria-label={t('menuLabel')}
            selectedKeys={selected}
            style={{ height: '100%' }}
            items={menuFeatures.map((feature) => ({
              key: feature.path,
              icon: feature.icon,
              label: <Link to={feature.path}>{t(`menu.${feature.menuLabel}`)}</Link>,
            }))}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

import { Role } from '@award/schema/generated/graphql';
import { Flex, Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { SessionExpiryWarning } from '../auth/SessionExpiryWarning';
import { ViewerMenu } from '../auth/ViewerMenu';
import { useViewer } from '../auth/viewer';
import { NotificationBell } from '../nominator-portal/NotificationBell';
import { featuresFor } from './features';
import { LanguageSwitch } from './LanguageSwitch';
import { useIsNarrowerThan } from './screen';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { roles } = useViewer();
  const menuFeatures = featuresFor(roles);
  const selected = menuFeatures.filter((feature) => pathname.startsWith(feature.path)).map((f) => f.path);
  // On a phone (experts read and score on one, issue 14) the header wraps onto a second line and the page
  // keeps its margins small, so nothing is wider than the screen.
  const isPhone = useIsNarrowerThan('md');
  const gap = isPhone ? 12 : 24;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: '8px 24px',
          height: 'auto',
          minHeight: 64,
          lineHeight: 'normal',
          padding: `12px ${isPhone ? 16 : 48}px`,
        }}
      >
        <Typography.Title level={isPhone ? 5 : 4} style={{ color: '#fff', margin: 0 }}>
          {t('platformName')}
        </Typography.Title>
        <Flex wrap align="center" gap={`8px ${gap}px`}>
          {/* Nominators are told in the app of every change of their nominations' state (issue 4). */}
          {roles.includes(Role.Nominator) && <NotificationBell />}
          <ViewerMenu />
          <LanguageSwitch />
        </Flex>
      </Layout.Header>
      <SessionExpiryWarning />
      <Layout>
        {/* Wide enough for the longest English entries (Review assignments), which 200 px cut short. */}
        <Layout.Sider
          width={232}
          theme="light"
          breakpoint="lg"
          collapsedWidth={0}
          // The collapsed menu's button sits at the top of the content, which starts below it on a phone.
          zeroWidthTriggerStyle={{ top: 0 }}
        >
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
        <Layout.Content style={{ padding: gap, paddingTop: isPhone ? 52 : gap, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

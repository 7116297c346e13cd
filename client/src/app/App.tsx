import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { type Language, useLanguage } from './language';
import { router } from './router';
import { appTheme } from './theme';

const antdLocales = { 'zh-CN': zhCN, en: enUS } satisfies Record<Language, unknown>;
// antd's date pickers name months and weekdays in dayjs's locale.
const dayjsLocales = { 'zh-CN': 'zh-cn', en: 'en' } satisfies Record<Language, string>;

export function App() {
  const language = useLanguage();
  const [apolloClient] = useState(createApolloClient);
  dayjs.locale(dayjsLocales[language]);
  return (
    <ConfigProvider locale={antdLocales[language]} theme={appTheme}>
      {/* antd's App gives its message and notification hooks the theme and locale above. */}
      <AntdApp>
        <ApolloProvider client={apolloClient}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </AntdApp>
    </ConfigProvider>
  );
}

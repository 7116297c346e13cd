import type { ThemeConfig } from 'antd';

// 60 % black: 5.6:1 on the page's #f5f5f5, where antd's 45 % is 3.3:1 and its 25 % 1.8:1.
const readableGrey = 'rgba(0, 0, 0, 0.6)';

/**
 * The platform's colours, set once for every antd component. antd's defaults put text below WCAG 2.1 AA's
 * 4.5:1 (issue 14, defect 13): its blue #1677ff is 3.66:1 on the selected menu item's #e6f4ff and 4.1:1 on
 * white, secondary text 3.3:1 on the page's grey, a success tag's green 2.2:1 on its tint. Each colour below
 * is the darker shade of antd's own palette that reaches 4.5:1 on white, on #f5f5f5 and on the light tint
 * behind it; the tints themselves stay antd's.
 */
export const appTheme: ThemeConfig = {
  token: {
    // Blue 7: links, primary buttons, the selected menu item, "processing" tags.
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    // Status colours (tags, alerts, badges, "danger" text) on antd's usual tints.
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorError: '#cf1322',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    // Secondary text, descriptions (a statistic's title, a form item's help) and placeholders.
    colorTextTertiary: readableGrey,
    colorTextDescription: readableGrey,
    colorTextPlaceholder: readableGrey,
  },
  components: {
    // A coloured tag's text is shade 7 of its palette, too light in these: one to two shades darker. Set
    // on the Tag, where antd's CSS variables take them (the palettes themselves are derived from seeds).
    Tag: {
      'cyan-7': '#006d75',
      'green-7': '#237804',
      'gold-7': '#874d00',
      'orange-7': '#ad4e00',
      'volcano-7': '#ad2102',
      'lime-7': '#3f6600',
    },
    // An empty table says so in antd's disabled grey, which nobody can read: it is a message. (A list's
    // Spin resets the token inside it, so lists give their empty text its colour themselves.)
    Table: { colorTextDisabled: readableGrey },
  },
};

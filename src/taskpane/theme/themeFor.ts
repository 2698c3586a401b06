import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Fluent's web themes follow Outlook's: the dark one when Outlook shows a dark theme. */
export function themeFor(mode: 'light' | 'dark'): Theme {
  return mode === 'dark' ? webDarkTheme : webLightTheme;
}

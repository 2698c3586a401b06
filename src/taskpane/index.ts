/*
 * The task pane Outlook loads. It draws the open message's client card first, from records read
 * straight from the store and the app's own markup, while React, Fluent UI and the rest of the pane
 * download; then it starts the app on the same mailbox and lets it take the first paint's place
 * (FirstPaintHandover), in Outlook's language and theme.
 */
// First: it starts the chunks the first card needs downloading before the rest evaluates.
import './preloadFirstScreen';
import { readFirstScreen } from '../app/firstCard';
import { drawFirstPaint } from './firstPaint/drawFirstPaint';
import { FirstPaintHandover } from './firstPaint/FirstPaintHandover';
import { languageFor } from './i18n/i18n';
import { localeFor } from './i18n/localeFor';
import { themeFor } from './theme/themeFor';
import { showBootFailure } from './ui/showBootFailure';

// The first paint's classes are in the stylesheet production builds extract; the dev server's styles
// arrive with the components that use them, so there the app draws the first screen itself.
const firstPaintStyled = process.env.NODE_ENV === 'production';

async function boot() {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  let handover: FirstPaintHandover | null = null;
  try {
    const { host, card } = await readFirstScreen();
    const language = languageFor(host.displayLanguage());
    const locale = localeFor(language, host.displayLanguage());
    document.documentElement.lang = language;
    const theme = themeFor(host.theme());
    if (card && firstPaintStyled) {
      handover = new FirstPaintHandover(container, drawFirstPaint({ card, me: host.userProfile(), language, locale, theme, now: new Date() }));
    }
    const frame = handover ? handover.appFrame() : container;
    // Another message opened meanwhile: the app shows its own home, not the first card.
    const stopFollowing = handover ? host.onItemChanged(() => handover?.outdated()) : () => undefined;
    // Asked for only now, since it evaluates as soon as it arrives: taskpane.html preloads its
    // files (webpack.config.js), so they download from the start, while the first card is drawn.
    const { renderFullPane } = await import(/* webpackChunkName: "fullPane" */ './fullPane');
    await renderFullPane({ frame, host, theme });
    await handover?.handOver(frame);
    stopFollowing();
  } catch (error) {
    handover?.dispose();
    container.replaceChildren();
    // Outlook's language is unknown when the host failed; the browser's is the best guess.
    const language = languageFor(navigator.language);
    document.documentElement.lang = language;
    await showBootFailure(container, error, language, () => window.location.reload());
  }
}

void boot();

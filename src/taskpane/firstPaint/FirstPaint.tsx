import { FluentProvider, type Theme } from '@fluentui/react-components';
import type { FirstCard } from '../../app/firstCard';
import type { UserProfile } from '../../domain/ports';
import { I18nProvider } from '../i18n/I18nProvider';
import type { I18n } from '../i18n/i18n';
import { useT } from '../i18n/useT';
import { ClientSummaryCard } from '../modules/message/components/ClientSummaryCard';
import { messageStrings } from '../modules/message/messageStrings';
import { formatDay } from '../ui/localDates';
import { PaneHeader } from '../ui/PaneHeader';
import { peopleNames, personName } from '../ui/personName';
import { NavigationContext, type Navigation } from '../ui/Route';
import { usePaneLayoutStyles } from '../ui/usePaneLayoutStyles';

// As PaneProviders: the provider paints the theme's background over the whole pane.
const fill = { height: '100%' } as const;
// Its buttons are only drawn here: a click waits for the app (see FirstPaintHandover).
const home: Navigation = { route: { screen: 'home' }, go: () => undefined, back: () => undefined };

type FirstPaintProps = { card: FirstCard; me: UserProfile; i18n: I18n; theme: Theme };

function FirstCardView({ card, me }: Pick<FirstPaintProps, 'card' | 'me'>) {
  const { lang, locale } = useT(messageStrings);
  const { client, next } = card;
  const kind = next ? (next.kindLabels ? next.kindLabels[lang] || next.kindLabels.en : next.kind) : '';
  return (
    <ClientSummaryCard
      client={client}
      owner={client.owner.trim() ? personName(peopleNames(card.members, me), client.owner) : '—'}
      nextContact={next ? `${formatDay(next.due, locale, new Date())} · ${kind}` : null}
      onOpen={home.back}
    />
  );
}

/**
 * The pane's first paint: home's header and the open message's client card, as the app draws
 * them, from records read before the app has loaded. The app replaces it once it shows the card.
 */
export function FirstPaint({ card, me, i18n, theme }: FirstPaintProps) {
  const layout = usePaneLayoutStyles();
  return (
    <FluentProvider theme={theme} style={fill}>
      <I18nProvider i18n={i18n}>
        <NavigationContext.Provider value={home}>
          <div className={layout.pane}>
            <PaneHeader />
            <main className={layout.main}>
              <div>
                <FirstCardView card={card} me={me} />
              </div>
            </main>
          </div>
        </NavigationContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}

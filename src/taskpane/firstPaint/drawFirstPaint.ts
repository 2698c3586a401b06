import type { Theme } from '@fluentui/react-components';
import type { FirstCard } from '../../app/firstCard';
import type { Language } from '../../domain/model/ReferenceItem';
import type { UserProfile } from '../../domain/ports';
import { formatDay, localIsoDate } from '../ui/localDates';
import { peopleNames, personName } from '../ui/personName';
import { firstPaintMarkup } from './firstPaintMarkup';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type FirstPaintFacts = { card: FirstCard; me: UserProfile; language: Language; locale: string; theme: Theme; now: Date };

/**
 * The pane's first paint: home's header and the open message's client card, drawn from records
 * read before the app has loaded. It is the markup the app's own components draw (generated from
 * them, see firstPaintMarkup.ts) with the client's facts filled in, so no React, Fluent UI or
 * translations need to load or run first: the card waits only for the store. The app replaces it
 * once it shows the same card (FirstPaintHandover).
 */
export function drawFirstPaint({ card, me, language, locale, theme, now }: FirstPaintFacts): HTMLElement {
  const markup = firstPaintMarkup[language];
  const { client, next } = card;
  const kind = next ? (next.kindLabels ? next.kindLabels[language] || next.kindLabels.en : next.kind) : '';
  const day = next ? formatDay(next.due, locale, now) : '';
  // Worded as the app's card words it (ClientSummary), the day overdue or not, for the hand-over to find it.
  const when = next && next.due < localIsoDate(now) ? markup.overdueSince.replace('{{day}}', day) : day;
  const facts: Record<string, string> = {
    name: escapeHtml(client.name),
    badge: markup.badges[client.status] ?? '',
    owner: escapeHtml(client.owner.trim() ? personName(peopleNames(card.members, me), client.owner) : '—'),
    next: escapeHtml(next ? `${when} ·\u00a0${kind}` : markup.noNextContact),
  };
  const page = document.createElement('div');
  page.style.height = '100%';
  page.innerHTML = markup.pane.replace(/\{\{(name|badge|owner|next)\}\}/g, (_, key: string) => facts[key] ?? '');
  // What FluentProvider's style tag gives its element: the theme's tokens as CSS variables.
  const provider = page.firstElementChild;
  if (provider instanceof HTMLElement) for (const [token, value] of Object.entries(theme)) provider.style.setProperty(`--${token}`, String(value));
  return page;
}

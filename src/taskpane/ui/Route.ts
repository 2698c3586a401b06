import { createContext, useContext } from 'react';
import type { ClientDraft } from '../../app/clientDraft';

/** Where the pane is. The pane is narrow: one screen at a time, with a back action to 'home'. */
export type Route =
  | { screen: 'home' } // the day's plan, or the open message's recognition when a message is open
  | { screen: 'mailings' } // templates, inserting one into a message, bulk mailings
  /** `deletedDeal`: the title of the deal just deleted on the screen it came from, said once on the Deals tab. */
  | { screen: 'client'; clientId: string; tab?: 'card' | 'contacts' | 'history' | 'plans' | 'deals' | 'service-cases'; deletedDeal?: string }
  | { screen: 'deal'; dealId: string }
  | { screen: 'catalogue' }
  | { screen: 'campaigns' }
  /** `fromMessage`: opened for a participant of the open message, to which saving returns (to log it). */
  | { screen: 'create-client'; draft: ClientDraft; fromMessage?: boolean }
  /** `deletedClient`: the name of the client just deleted, said once. */
  | { screen: 'search'; deletedClient?: string }
  | { screen: 'settings' }
  | { screen: 'data' } // import, export, one person's data (from settings)
  | { screen: 'analytics'; tab?: 'dashboard' | 'marketing' | 'query' | 'pay' }; // the head of sales' and marketing's figures

/**
 * `memory`: what the screen on top keeps of how it was left (a tab, a picked period, an open list),
 * for as long as Back can return to it (useRemembered).
 */
export type Navigation = { route: Route; go: (route: Route) => void; back: () => void; memory: Map<string, unknown> };

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation() outside <NavigationContext.Provider>');
  return nav;
}

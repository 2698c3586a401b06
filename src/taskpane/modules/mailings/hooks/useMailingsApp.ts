import { use } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import { useApp } from '../../../ui/AppContext';

/**
 * The app's mailings; null in an app built without mailing ports (the screen then says so).
 * Their code loads with the first screen that asks (the component suspends meanwhile), so the
 * screens' live queries run on loaded code and keep following the store.
 */
export function useMailingsApp(): { mailings: Mailings | null } {
  const mailings = useApp().mailings;
  return { mailings: mailings ? (mailings.loaded() ?? use(mailings.load())) : null };
}

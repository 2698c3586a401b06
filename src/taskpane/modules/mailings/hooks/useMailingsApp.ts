import type { Mailings } from '../../../../app/mailingUseCases';
import { useApp } from '../../../ui/AppContext';

/** The app's mailings; null in an app built without mailing ports (the screen then says so). */
export function useMailingsApp(): { mailings: Mailings | null } {
  return { mailings: useApp().mailings };
}

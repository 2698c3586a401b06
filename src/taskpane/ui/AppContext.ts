import { createContext, useContext } from 'react';
import type { App } from '../../app/createApp';

export const AppContext = createContext<App | null>(null);

/** The app's use cases; every pane component is rendered inside an AppContext provider. */
export function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp() outside <AppContext.Provider>');
  return app;
}

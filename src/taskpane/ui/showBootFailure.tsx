import { FluentProvider } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import type { Language } from '../../domain/model/ReferenceItem';

type FailureScreen = Pick<typeof import('./BootFailure'), 'BootFailure'> & Pick<typeof import('../theme/themeFor'), 'themeFor'>;

// The failure screen and the light theme it is drawn in load only when the pane cannot start.
const loadFailureScreen = async (): Promise<FailureScreen> => {
  const [{ BootFailure }, { themeFor }] = await Promise.all([import('./BootFailure'), import('../theme/themeFor')]);
  return { BootFailure, themeFor };
};

// When even that cannot load (the pane's own files out of reach may be why it failed), plain text.
const plainText = {
  en: { title: 'Clientbook could not start', hint: 'Reload the pane to try again.', reload: 'Reload' },
  uk: { title: 'Clientbook не вдалося запустити', hint: 'Перезавантажте панель, щоб спробувати знову.', reload: 'Перезавантажити' },
};

/** What the pane shows instead of a blank page when it cannot start: BootFailure, or plain text if its code cannot load. */
export async function showBootFailure(root: Root, error: unknown, language: Language, onReload: () => void, load = loadFailureScreen): Promise<void> {
  try {
    const { BootFailure, themeFor } = await load();
    root.render(
      <FluentProvider theme={themeFor('light')}>
        <BootFailure error={error} language={language} onReload={onReload} />
      </FluentProvider>,
    );
  } catch {
    const s = plainText[language];
    root.render(
      <main lang={language}>
        <h1>{s.title}</h1>
        <p>{s.hint}</p>
        <button type="button" onClick={onReload}>
          {s.reload}
        </button>
      </main>,
    );
  }
}

import type { Language } from '../../domain/model/ReferenceItem';

type LoadFailureScreen = () => Promise<Pick<typeof import('./renderBootFailure'), 'renderBootFailure'>>;

// The failure screen, React and the light theme it is drawn in load only when the pane cannot start.
const loadFailureScreen: LoadFailureScreen = () => import('./renderBootFailure');

// When even that cannot load (the pane's own files out of reach may be why it failed), plain text.
const plainText = {
  en: { title: 'Clientbook could not start', hint: 'Reload the pane to try again.', reload: 'Reload' },
  uk: { title: 'Clientbook не вдалося запустити', hint: 'Перезавантажте панель, щоб спробувати знову.', reload: 'Перезавантажити' },
};

function showPlainText(container: HTMLElement, language: Language, onReload: () => void) {
  const s = plainText[language];
  const main = document.createElement('main');
  main.lang = language;
  const title = main.appendChild(document.createElement('h1'));
  title.textContent = s.title;
  main.appendChild(document.createElement('p')).textContent = s.hint;
  const reload = main.appendChild(document.createElement('button'));
  reload.type = 'button';
  reload.textContent = s.reload;
  reload.addEventListener('click', onReload);
  container.replaceChildren(main);
}

/** What the pane shows in `container` instead of a blank page when it cannot start: BootFailure, or plain text if its code cannot load. */
export async function showBootFailure(container: HTMLElement, error: unknown, language: Language, onReload: () => void, load = loadFailureScreen): Promise<void> {
  try {
    const { renderBootFailure } = await load();
    renderBootFailure(container, error, language, onReload);
  } catch {
    showPlainText(container, language, onReload);
  }
}

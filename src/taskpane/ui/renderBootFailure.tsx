import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { Language } from '../../domain/model/ReferenceItem';
import { themeFor } from '../theme/themeFor';
import { BootFailure } from './BootFailure';

/** Draws the failure screen into `container`, in the light theme (Outlook's may be unknown). */
export function renderBootFailure(container: HTMLElement, error: unknown, language: Language, onReload: () => void): void {
  createRoot(container).render(
    <FluentProvider theme={themeFor('light')}>
      <BootFailure error={error} language={language} onReload={onReload} />
    </FluentProvider>,
  );
}

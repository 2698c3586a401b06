/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BootFailure } from '../../../src/taskpane/ui/BootFailure';

class StorageError extends Error {
  override name = 'MissingAPIError';
}

describe('BootFailure', () => {
  it('explains that private windows block the storage instead of leaving the pane blank, and offers a reload', async () => {
    const reload = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <BootFailure error={new Error('Dexie could not open', { cause: new StorageError('IndexedDB API missing') })} language="en" onReload={reload} />
      </FluentProvider>,
    );

    expect(screen.getByRole('heading', { name: 'Clientbook could not start' })).toBeInTheDocument();
    expect(screen.getByText(/Private \(InPrivate\) windows and some privacy settings block it/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalled();
  });

  it('says in Ukrainian that something else went wrong, with the details', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <BootFailure error={new TypeError('office.js failed')} language="uk" onReload={() => undefined} />
      </FluentProvider>,
    );

    expect(screen.getByRole('heading', { name: 'Clientbook не вдалося запустити' })).toBeInTheDocument();
    expect(screen.getByText(/Під час запуску панелі сталася помилка/)).toBeInTheDocument();
    expect(screen.getByText('Подробиці: office.js failed')).toBeInTheDocument();
  });
});

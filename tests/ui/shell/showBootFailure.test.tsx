/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { showBootFailure } from '../../../src/taskpane/ui/showBootFailure';

class ChunkLoadError extends Error {
  override name = 'ChunkLoadError';
}

describe('showBootFailure', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the failure screen, which loads only now, with the reason and a reload', async () => {
    const reload = jest.fn();
    await act(() => showBootFailure(container, new TypeError('office.js failed'), 'en', reload));

    expect(screen.getByRole('heading', { name: 'Clientbook could not start' })).toBeInTheDocument();
    expect(screen.getByText('Details: office.js failed')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalled();
  });

  it('still says the pane could not start, in plain text, when the failure screen itself cannot load', async () => {
    const reload = jest.fn();
    const unreachable = () => Promise.reject(new ChunkLoadError('Loading chunk 512 failed'));
    await act(() => showBootFailure(container, new ChunkLoadError('Loading chunk 7 failed'), 'uk', reload, unreachable));

    expect(screen.getByRole('heading', { name: 'Clientbook не вдалося запустити' })).toBeInTheDocument();
    expect(screen.getByText('Перезавантажте панель, щоб спробувати знову.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Перезавантажити' }));
    expect(reload).toHaveBeenCalled();
  });
});

/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { PaneForm } from '../../../src/taskpane/ui/PaneForm';
import { renderPane } from '../../support/renderPane';

/** "Record contact" opens its form in its own place, at once or, as a screen loading after navigation, a moment later. */
function Opens({ later = false }: { later?: boolean }) {
  const [state, setState] = useState<'button' | 'waiting' | 'form'>('button');
  if (state === 'button') {
    const open = () => {
      if (!later) return setState('form');
      setState('waiting');
      setTimeout(() => setState('form'), 50);
    };
    return <button onClick={open}>Record contact</button>;
  }
  if (state === 'waiting') return <p>Loading</p>;
  return (
    <PaneForm className="" label="Record contact" onSubmit={() => setState('button')}>
      <input aria-label="What happened" />
    </PaneForm>
  );
}

/** A click as Safari (Outlook on a Mac) makes it: pressed, clicked, and the button never focused. */
function clickWithoutFocus(button: HTMLElement) {
  fireEvent.pointerDown(button);
  fireEvent.mouseDown(button);
  fireEvent.mouseUp(button);
  fireEvent.click(button);
}

describe('A form opened with a pointer', () => {
  it('takes the focus on its first field where the click did not focus its button (Safari)', async () => {
    await renderPane(<Opens />);
    const button = screen.getByRole('button', { name: 'Record contact' });
    expect(button).not.toHaveFocus();
    act(() => clickWithoutFocus(button));
    expect(screen.getByRole('textbox', { name: 'What happened' })).toHaveFocus();
  });

  it('leaves the focus alone when it only appears after the pressed button has gone, as a screen filling in does', async () => {
    await renderPane(<Opens later />);
    act(() => clickWithoutFocus(screen.getByRole('button', { name: 'Record contact' })));
    const field = await screen.findByRole('textbox', { name: 'What happened' });
    expect(field).not.toHaveFocus();
  });
});

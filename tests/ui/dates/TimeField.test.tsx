/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { TimeField } from '../../../src/taskpane/ui/TimeField';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

/** A time as a form keeps it (hh:mm), shown beside the field. */
function Timed({ initial }: { initial: string }) {
  const [time, setTime] = useState(initial);
  return (
    <>
      <TimeField label="Час" value={time} onChange={setTime} />
      <output aria-label="Saved time">{time}</output>
    </>
  );
}

const saved = () => screen.getByRole('status', { name: 'Saved time' });
const ukrainian = () => ({ host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });


describe('TimeField', () => {
  it('shows a time in 24 hours and reads one typed with a colon or a point', async () => {
    const { user } = await renderPane(<Timed initial="09:07" />, ukrainian());
    const field = screen.getByRole('combobox', { name: 'Час' });
    expect(field).toHaveValue('09:07');

    await user.clear(field);
    await user.type(field, '14.35');
    await user.tab();
    expect(saved()).toHaveTextContent('14:35');
    expect(field).toHaveValue('14:35');
  });

  it('offers the half hours to choose from', async () => {
    const { user } = await renderPane(<Timed initial="09:07" />, ukrainian());
    await user.click(screen.getByRole('button', { name: /Час/ }));
    await user.click(await screen.findByRole('option', { name: '17:30' }));
    expect(saved()).toHaveTextContent('17:30');
  });

  it('names an unreadable time, leaves it in the box and keeps the one it had', async () => {
    const { user } = await renderPane(<Timed initial="09:07" />, ukrainian());
    const field = screen.getByRole('combobox', { name: 'Час' });
    await user.clear(field);
    await user.type(field, '25:00');
    await user.tab();

    const message = '«25:00» — не час: введіть години й хвилини, як 14:30.';
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(saved()).toHaveTextContent('09:07');
    expect(field).toHaveValue('25:00');

    // Passing through the box again changes nothing.
    await user.click(field);
    await user.keyboard('{Escape}');
    await user.tab();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(field).toHaveValue('25:00');

    await user.clear(field);
    await user.tab();
    expect(screen.getByText('Введіть час: години й хвилини, як 14:30.')).toBeInTheDocument();
    expect(saved()).toHaveTextContent('09:07');
  });
});

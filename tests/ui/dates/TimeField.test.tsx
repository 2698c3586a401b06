/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
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

/** The option the open list stands on, which Enter would choose. */
async function highlighted() {
  await screen.findByRole('listbox');
  return waitFor(() => {
    const id = screen.getByRole('combobox', { name: 'Час' }).getAttribute('aria-activedescendant');
    if (!id) throw new Error('No option is highlighted');
    return document.getElementById(id)?.textContent;
  });
}

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

  it('opens its list at the half hour of the chosen time, and goes on from there', async () => {
    const { user } = await renderPane(<Timed initial="09:07" />, ukrainian());
    await user.click(screen.getByRole('button', { name: /Час/ }));
    expect(await highlighted()).toBe('09:00');

    await user.keyboard('{ArrowDown}');
    expect(await highlighted()).toBe('09:30');
    await user.keyboard('{Enter}');
    expect(saved()).toHaveTextContent('09:30');
  });

  it('opens its list at the chosen time when it is a half hour', async () => {
    const { user } = await renderPane(<Timed initial="17:30" />, ukrainian());
    await user.click(screen.getByRole('button', { name: /Час/ }));
    expect(await highlighted()).toBe('17:30');
  });

  it('opens its list near the current time when no time is chosen', async () => {
    const { user } = await renderPane(<Timed initial="" />, { ...ukrainian(), now: new Date(2026, 2, 10, 14, 40) });
    await user.click(screen.getByRole('combobox', { name: 'Час' }));
    expect(await highlighted()).toBe('14:30');
  });

  it('keeps the time it had when Tab leaves a list the user only opened', async () => {
    const { user } = await renderPane(<Timed initial="09:07" />, ukrainian());
    const field = screen.getByRole('combobox', { name: 'Час' });
    await user.click(field);
    await screen.findByRole('listbox');
    await user.tab();
    expect(saved()).toHaveTextContent('09:07');
    expect(field).toHaveValue('09:07');
  });

  it('takes the half hour that typing leads to on Tab', async () => {
    const { user } = await renderPane(<Timed initial="09:07" />, ukrainian());
    const field = screen.getByRole('combobox', { name: 'Час' });
    await user.clear(field);
    await user.type(field, '09:0');
    await user.tab();
    expect(saved()).toHaveTextContent('09:00');
  });

  it('shows a time with AM or PM in a US English pane and reads one typed that way or in 24 hours', async () => {
    const { user } = await renderPane(<Timed initial="14:30" />, { host: new FakeMailHost({ displayLanguage: 'en-US' }) });
    const field = screen.getByRole('combobox', { name: 'Час' });
    // Intl puts a space or a narrow no-break space before PM, by ICU version.
    expect((field as HTMLInputElement).value).toMatch(/^02:30\sPM$/);

    await user.clear(field);
    await user.type(field, '9:15 am');
    await user.tab();
    expect(saved()).toHaveTextContent('09:15');

    await user.clear(field);
    await user.type(field, '12:05 AM');
    await user.tab();
    expect(saved()).toHaveTextContent('00:05');

    await user.clear(field);
    await user.type(field, '17:45');
    await user.tab();
    expect(saved()).toHaveTextContent('17:45');
    expect((field as HTMLInputElement).value).toMatch(/^05:45\sPM$/);
  });
});

/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { DateField } from '../../../src/taskpane/ui/DateField';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

/** A form's date as it keeps it (yyyy-mm-dd), shown beside the field so a test reads what would be saved. */
function Dated({ initial, label = 'Due date' }: { initial: string; label?: string }) {
  const [day, setDay] = useState(initial);
  return (
    <>
      <DateField label={label} value={day} onChange={setDay} />
      <output aria-label="Saved day">{day}</output>
    </>
  );
}

const saved = () => screen.getByRole('status', { name: 'Saved day' });

describe('DateField', () => {
  it('shows a stored day as the English pane writes it, and reads a day typed that way or as ISO', async () => {
    const { user } = await renderPane(<Dated initial="2026-11-28" />);
    const field = screen.getByLabelText('Due date');
    expect(field).toHaveValue('28/11/2026');
    expect(field).toHaveAttribute('placeholder', 'dd/mm/yyyy');

    await user.clear(field);
    await user.type(field, '3/12/2026');
    await user.tab();
    expect(saved()).toHaveTextContent('2026-12-03');
    expect(field).toHaveValue('03/12/2026');

    await user.clear(field);
    await user.type(field, '2026-01-15');
    await user.tab();
    expect(saved()).toHaveTextContent('2026-01-15');
    expect(field).toHaveValue('15/01/2026');
  });

  it('shows and reads days the Ukrainian way in a Ukrainian pane', async () => {
    const { user } = await renderPane(<Dated initial="2026-11-28" label="Сплатити до" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const field = screen.getByLabelText('Сплатити до');
    expect(field).toHaveValue('28.11.2026');
    expect(field).toHaveAttribute('placeholder', 'дд.мм.рррр');

    await user.clear(field);
    await user.type(field, '1.12.2026');
    await user.keyboard('{Enter}');
    expect(saved()).toHaveTextContent('2026-12-01');
    expect(field).toHaveValue('01.12.2026');
  });

  it('names an unreadable entry, leaves it in the box and keeps the day it had', async () => {
    const { user } = await renderPane(<Dated initial="2026-11-28" label="Сплатити до" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const field = screen.getByLabelText('Сплатити до');
    await user.clear(field);
    await user.type(field, '31.02.2026');
    await user.tab();

    const message = '«31.02.2026» — не дата: введіть її як 10.03.2026 або оберіть у календарі.';
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(saved()).toHaveTextContent('2026-11-28');
    expect(field).toHaveValue('31.02.2026');
    expect(field).toHaveAttribute('aria-invalid', 'true');

    // Passing through the box again changes nothing.
    await user.click(field);
    await user.tab();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(field).toHaveValue('31.02.2026');

    await user.clear(field);
    await user.type(field, '27.02.2026');
    await user.tab();
    expect(screen.queryByText(/не дата/)).not.toBeInTheDocument();
    expect(saved()).toHaveTextContent('2026-02-27');
  });

  it('takes the day it had back when that day is picked in the calendar after an unreadable entry', async () => {
    const { user } = await renderPane(<Dated initial="2026-11-28" />);
    const field = screen.getByLabelText('Due date');
    await user.clear(field);
    await user.type(field, 'next tue');
    await user.tab();
    expect(screen.getByText('“next tue” is not a date: type it like 10/03/2026, or pick it in the calendar.')).toBeInTheDocument();

    await user.click(field);
    await user.keyboard('{ArrowDown}');
    // October's 28th shows in the first row, before November's.
    await user.click(within(await screen.findByRole('dialog', { name: 'Calendar' })).getAllByRole('gridcell', { name: '28' })[1]!);
    expect(screen.queryByText(/is not a date/)).not.toBeInTheDocument();
    expect(field).toHaveValue('28/11/2026');
    expect(saved()).toHaveTextContent('2026-11-28');
  });

  it('opens the calendar from a button next in the tab order, named in the pane’s language with its field', async () => {
    const { user } = await renderPane(<Dated initial="2026-11-28" label="Сплатити до" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const button = screen.getByRole('button', { name: 'Відкрити календар: Сплатити до' });
    // A native button with no tabindex of its own, right after the box. (jsdom cannot show the Tab
    // itself: Fluent's focus manager finds nothing visible there; tests/e2e check it in Chromium.)
    expect(button.tagName).toBe('BUTTON');
    expect(button).not.toHaveAttribute('tabindex');
    expect(screen.getByLabelText('Сплатити до').compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    button.focus();

    await user.keyboard('{Enter}');
    const calendar = await screen.findByRole('dialog', { name: 'Календар' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(calendar).getAllByRole('gridcell', { name: '12' })[0]!);
    expect(saved()).toHaveTextContent('2026-11-12');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    // Space opens it too, as it does any button.
    button.focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('dialog', { name: 'Календар' })).toBeInTheDocument();
  });

  it('names each calendar button after its own field, so two dates in a form are told apart', async () => {
    await renderPane(
      <>
        <Dated initial="2026-11-28" label="Issue date" />
        <Dated initial="2026-12-28" label="Due date" />
      </>,
    );
    const buttons = screen.getAllByRole('button', { name: /^Open the calendar/ }).map((b) => b.getAttribute('aria-label'));
    expect(buttons).toEqual(['Open the calendar: Issue date', 'Open the calendar: Due date']);
    // The label still names the box alone: a form's "Due date" is the day, not its button.
    expect(screen.getByLabelText('Due date')).toHaveValue('28/12/2026');
  });

  it('names the calendar button with its field in a Ukrainian pane', async () => {
    await renderPane(
      <>
        <Dated initial="2026-11-28" label="Дата виставлення" />
        <Dated initial="2026-12-28" label="Сплатити до" />
      </>,
      { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) },
    );
    expect(screen.getByRole('button', { name: 'Відкрити календар: Дата виставлення' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Відкрити календар: Сплатити до' })).toBeInTheDocument();
  });

  it('leaves an optional day empty when the box is cleared', async () => {
    const { user } = await renderPane(<Dated initial="2026-11-28" />);
    await user.clear(screen.getByLabelText('Due date'));
    await user.tab();
    expect(saved()).toBeEmptyDOMElement();
  });

  it('picks a day in a calendar in the pane’s language, its week starting on Monday', async () => {
    const { user } = await renderPane(<Dated initial="2026-11-28" label="Сплатити до" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    screen.getByLabelText('Сплатити до').focus();
    await user.keyboard('{ArrowDown}');

    const calendar = await screen.findByRole('dialog', { name: 'Календар' });
    expect(within(calendar).getByText('Листопад 2026')).toBeInTheDocument();
    const weekdays = within(calendar).getAllByRole('columnheader').map((h) => h.textContent);
    expect(weekdays.slice(0, 2)).toEqual(['пн', 'вт']);
    expect(within(calendar).getByRole('button', { name: 'Сьогодні' })).toBeInTheDocument();

    // November's 5th comes before December's in the last row.
    await user.click(within(calendar).getAllByRole('gridcell', { name: '5' })[0]!);
    expect(saved()).toHaveTextContent('2026-11-05');
    expect(screen.getByLabelText('Сплатити до')).toHaveValue('05.11.2026');
  });

  it('writes and reads days month first in a US English pane, its calendar’s week starting on Sunday', async () => {
    const { user } = await renderPane(<Dated initial="2026-11-28" />, { host: new FakeMailHost({ displayLanguage: 'en-US' }) });
    const field = screen.getByLabelText('Due date');
    expect(field).toHaveValue('11/28/2026');
    expect(field).toHaveAttribute('placeholder', 'mm/dd/yyyy');

    // 12/1 is the first of December to a US user, not the twelfth of January.
    await user.clear(field);
    await user.type(field, '12/1/2026');
    await user.tab();
    expect(saved()).toHaveTextContent('2026-12-01');
    expect(field).toHaveValue('12/01/2026');

    field.focus();
    await user.keyboard('{ArrowDown}');
    const calendar = await screen.findByRole('dialog');
    const weekdays = within(calendar).getAllByRole('columnheader').map((h) => h.textContent);
    expect(weekdays.slice(0, 2)).toEqual(['Sun', 'Mon']);
  });
});

import { Button, Field, makeStyles } from '@fluentui/react-components';
import { renderDatePicker_unstable, useDatePicker_unstable, useDatePickerStyles_unstable, type DatePickerProps } from '@fluentui/react-datepicker-compat';
import { CalendarMonthRegular } from '@fluentui/react-icons';
import { forwardRef, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useApp } from './AppContext';
import { dateFieldStrings } from './dateFieldStrings';
import { dayOfIsoDate, localIsoDate } from './localDates';
import { formatTypedDate, readTypedDate, typedDatePattern } from './typedDate';
import { useCalendarLocale } from './useCalendarLocale';
import { useUnreadableMark } from './unreadableEntries';

const useStyles = makeStyles({
  // The picker marks its box as a button to click; here it is also typed into.
  typed: { '& input': { cursor: 'text' } },
});

type KeptTextPickerProps = DatePickerProps & {
  /** Text the picker could not read, shown in the box until the user changes it; '' shows the day. */
  unreadText: string;
};

/**
 * Fluent's DatePicker, except that text it could not read stays in the box: the picker itself puts
 * the last good day back, which looks as if that day had been typed.
 */
const KeptTextPicker = forwardRef<HTMLInputElement, KeptTextPickerProps>(function KeptTextPicker({ unreadText, ...pickerProps }, ref) {
  const state = useDatePicker_unstable(pickerProps, ref);
  useDatePickerStyles_unstable(state);
  return renderDatePicker_unstable(unreadText ? { ...state, root: { ...state.root, value: unreadText } } : state);
});

type DateFieldProps = {
  label: string;
  /** The box's name where the label on screen is the same on several rows ("Value of condition 2"); the label otherwise. */
  name?: string;
  /** yyyy-mm-dd, or '' for no date. */
  value: string;
  /** Called with the day once the user has picked it or typed it and left the box (or pressed Enter). */
  onChange: (isoDate: string) => void;
  /** The earliest day the calendar offers (yyyy-mm-dd); an earlier day typed in is left to the app's check. */
  min?: string;
  hint?: string;
  validationMessage?: string;
};

/**
 * A day, shown and typed as the pane's language writes it (28.11.2026, 28/11/2026) or as ISO, with
 * Fluent's calendar in that language. A browser's date input follows the browser's locale instead
 * of Outlook's display language. Text that names no day stays in the box with a message, and its
 * form does not save until it is put right (PaneForm).
 */
export function DateField({ label, name, value, onChange, min, hint, validationMessage }: DateFieldProps) {
  const { t, locale } = useT(dateFieldStrings);
  const app = useApp();
  const styles = useStyles();
  const calendar = useCalendarLocale();
  const box = useRef<HTMLInputElement>(null);
  const markUnreadable = useUnreadableMark(box);
  const typed = useRef('');
  const [unreadText, setUnreadText] = useState('');
  const [open, setOpen] = useState(false);
  const todayIso = localIsoDate(app.clock.now());
  const today = useMemo(() => dayOfIsoDate(todayIso), [todayIso]);
  // One Date per day: the picker reformats its text whenever `value` changes identity.
  const selected = useMemo(() => (value ? dayOfIsoDate(value) : null), [value]);
  const minDate = useMemo(() => (min ? dayOfIsoDate(min) : undefined), [min]);
  const formatDate = useCallback((date?: Date) => (date ? formatTypedDate(date, locale) : ''), [locale]);
  const parseDate = useCallback((text: string) => readTypedDate(text, locale), [locale]);
  const nameId = useId();
  const keepUnread = (text: string) => {
    setUnreadText(text);
    markUnreadable(text !== '');
  };

  return (
    <>
      {name !== undefined && (
        <span id={nameId} hidden>
          {name}
        </span>
      )}
      <Field
        label={label}
        hint={hint}
        validationMessage={unreadText ? t('unreadableDate', { text: unreadText, example: formatTypedDate(today, locale) }) : validationMessage}
      >
        <KeptTextPicker
          ref={box}
          // The picker names its box by pointing at the label, over an aria-label: the name is pointed at instead.
          aria-labelledby={name === undefined ? undefined : nameId}
          className={styles.typed}
          unreadText={unreadText}
          allowTextInput
          // Clicking into the box is for typing; the calendar opens from its button, Enter or Down.
          openOnClick={false}
          disableAutoFocus
          showMonthPickerAsOverlay
          placeholder={typedDatePattern(locale, { day: t('dayLetters'), month: t('monthLetters'), year: t('yearLetters') })}
          value={selected}
          formatDate={formatDate}
          parseDateFromString={parseDate}
          onChange={(_, data) => {
            typed.current = data.value;
            keepUnread('');
          }}
          onSelectDate={(date) => onChange(date ? localIsoDate(date) : '')}
          onValidationResult={({ error }) => keepUnread(error === 'invalid-input' ? typed.current : '')}
          onOpenChange={setOpen}
          // Fluent's own icon is a button for the mouse only; this one is in the tab order too. The
          // picker's handler on the wrapper opens and closes the calendar on its click. Its name
          // carries the field's label: heard in a list of buttons (a form's issue and due dates) or
          // on its own, a bare "Open the calendar" does not say which day it picks. Named in text,
          // not by pointing at the label, so that the label still names only the box.
          contentAfter={{
            role: 'presentation',
            'aria-expanded': undefined,
            'aria-labelledby': undefined,
            children: (
              <Button
                appearance="transparent"
                size="small"
                icon={<CalendarMonthRegular />}
                aria-label={t('openCalendar', { label: name ?? label })}
                title={t('calendar')}
                aria-haspopup="dialog"
                aria-expanded={open}
              />
            ),
          }}
          today={today}
          strings={calendar.strings}
          dateTimeFormatter={calendar.dateTimeFormatter}
          firstDayOfWeek={calendar.firstDayOfWeek}
          // Only the calendar holds back earlier days, so a past day typed in meets the app's own message.
          // A day picked is read, even the one the box already had, which the picker does not report.
          calendar={{ minDate, onSelectDate: () => keepUnread('') }}
          popupSurface={{ 'aria-label': t('calendar') }}
        />
      </Field>
    </>
  );
}

import { Field, makeStyles } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useApp } from './AppContext';
import { dateFieldStrings } from './dateFieldStrings';
import { dayOfIsoDate, localIsoDate } from './localDates';
import { formatTypedDate, readTypedDate } from './typedDate';
import { useCalendarLocale } from './useCalendarLocale';

const useStyles = makeStyles({
  // The picker marks its box as a button to click; here it is also typed into.
  typed: { '& input': { cursor: 'text' } },
});

type DateFieldProps = {
  label: string;
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
 * of Outlook's display language.
 */
export function DateField({ label, value, onChange, min, hint, validationMessage }: DateFieldProps) {
  const { t, locale } = useT(dateFieldStrings);
  const app = useApp();
  const styles = useStyles();
  const calendar = useCalendarLocale();
  const typed = useRef('');
  const [unreadable, setUnreadable] = useState('');
  const todayIso = localIsoDate(app.clock.now());
  const today = useMemo(() => dayOfIsoDate(todayIso), [todayIso]);
  // One Date per day: the picker reformats its text whenever `value` changes identity.
  const selected = useMemo(() => (value ? dayOfIsoDate(value) : null), [value]);
  const minDate = useMemo(() => (min ? dayOfIsoDate(min) : undefined), [min]);
  const formatDate = useCallback((date?: Date) => (date ? formatTypedDate(date, locale) : ''), [locale]);
  const parseDate = useCallback((text: string) => readTypedDate(text, locale), [locale]);

  return (
    <Field label={label} hint={hint} validationMessage={unreadable || validationMessage}>
      <DatePicker
        className={styles.typed}
        allowTextInput
        // Clicking into the box is for typing; the calendar opens from its button, Enter or Down.
        openOnClick={false}
        disableAutoFocus
        showMonthPickerAsOverlay
        placeholder={t('placeholder')}
        value={selected}
        formatDate={formatDate}
        parseDateFromString={parseDate}
        onChange={(_, data) => {
          typed.current = data.value;
          setUnreadable('');
        }}
        onSelectDate={(date) => onChange(date ? localIsoDate(date) : '')}
        onValidationResult={({ error }) =>
          // The picker puts the last good day back in the box; the message keeps what was typed.
          setUnreadable(error === 'invalid-input' ? t('unreadableDate', { text: typed.current, example: formatTypedDate(today, locale) }) : '')
        }
        today={today}
        strings={calendar.strings}
        dateTimeFormatter={calendar.dateTimeFormatter}
        firstDayOfWeek={calendar.firstDayOfWeek}
        // Only the calendar holds back earlier days, so a past day typed in meets the app's own message.
        calendar={{ minDate }}
        popupSurface={{ 'aria-label': t('calendar') }}
      />
    </Field>
  );
}

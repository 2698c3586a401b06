import { Field, makeStyles } from '@fluentui/react-components';
import { TimePicker } from '@fluentui/react-timepicker-compat';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { dateFieldStrings } from './dateFieldStrings';
import { useUnreadableMark } from './unreadableEntries';

// The picker's times are Dates: they all fall on this one day, and only their hours and minutes count.
const ANCHOR = { year: 2000, month: 0, day: 1 };

const useStyles = makeStyles({
  // A combobox asks for 250 px; "14:30" needs a third of that, and the pane may have 270 in all.
  box: { minWidth: 0 },
});

const pad = (n: number) => String(n).padStart(2, '0');

function atAnchor(hours: number, minutes: number): Date {
  return new Date(ANCHOR.year, ANCHOR.month, ANCHOR.day, hours, minutes);
}

/** hh:mm in 24 hours, with a colon or a point; a single-digit hour too. */
function readTime(text: string | undefined): Date | null {
  const found = /^\s*([01]?\d|2[0-3])\s*[:.]\s*([0-5]\d)\s*$/.exec(text ?? '');
  return found ? atAnchor(Number(found[1]), Number(found[2])) : null;
}

type TimeFieldProps = {
  label: string;
  /** hh:mm, 24 hours. */
  value: string;
  onChange: (time: string) => void;
  validationMessage?: string;
};

/**
 * A time of day in the pane's locale and hour cycle, typed or chosen from the half hours. A browser's
 * time input follows the browser's locale instead of Outlook's display language. Text that names no
 * time stays in the box with a message, and its form does not save until it is put right (PaneForm).
 */
export function TimeField({ label, value, onChange, validationMessage }: TimeFieldProps) {
  const { t, locale } = useT(dateFieldStrings);
  const styles = useStyles();
  const box = useRef<HTMLInputElement>(null);
  const markUnreadable = useUnreadableMark(box);
  // What the user is typing, or typed and the picker could not read; undefined shows the value.
  const [typed, setTyped] = useState<string>();
  const [unreadable, setUnreadable] = useState('');
  const format = useMemo(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }), [locale]);
  const hourCycle = format.resolvedOptions().hourCycle;
  const formatTime = useCallback((time: Date) => format.format(time), [format]);
  const parseTime = useCallback((text: string | undefined) => {
    const date = readTime(text);
    return date ? { date } : { date, errorType: 'invalid-input' as const };
  }, []);
  const selected = useMemo(() => readTime(value), [value]);
  const showUnreadable = (message: string) => {
    setUnreadable(message);
    markUnreadable(message !== '');
  };

  return (
    <Field label={label} validationMessage={unreadable || validationMessage}>
      <TimePicker
        ref={box}
        className={styles.box}
        freeform
        hourCycle={hourCycle}
        dateAnchor={atAnchor(0, 0)}
        selectedTime={selected}
        value={typed ?? (selected ? formatTime(selected) : '')}
        formatDateToTimeString={formatTime}
        parseTimeStringToDate={parseTime}
        onChange={(e) => {
          setTyped(e.target.value);
          showUnreadable('');
        }}
        onTimeChange={(_, data) => {
          const time = data.selectedTime;
          if (!time) {
            const text = data.selectedTimeText ?? '';
            const example = formatTime(atAnchor(14, 30));
            // The text stays in the box, so the user sees what was not read and puts it right there.
            setTyped(text);
            showUnreadable(text.trim() ? t('unreadableTime', { text, example }) : t('missingTime', { example }));
            return;
          }
          setTyped(undefined);
          showUnreadable('');
          onChange(`${pad(time.getHours())}:${pad(time.getMinutes())}`);
        }}
      />
    </Field>
  );
}

import { Field, makeStyles, renderCombobox_unstable, useComboboxContextValues } from '@fluentui/react-components';
import { useTimePicker_unstable, useTimePickerStyles_unstable, type TimePickerProps } from '@fluentui/react-timepicker-compat';
import { forwardRef, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/useT';
import { useApp } from './AppContext';
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

/** The half hour of the list that a time falls in: 09:07 in 09:00. */
function halfHourOf(time: Date): Date {
  return atAnchor(time.getHours(), time.getMinutes() < 30 ? 0 : 30);
}

/**
 * hh:mm with a colon or a point, a single-digit hour too: in 24 hours, or in 12 with AM or PM as
 * en-US writes the list's times ("02:30 PM").
 */
function readTime(text: string | undefined): Date | null {
  const found = /^\s*(\d{1,2})\s*[:.]\s*([0-5]\d)\s*(?:([ap])\.?\s*m\.?)?\s*$/i.exec(text ?? '');
  if (!found) return null;
  const [hour, minutes, half] = [Number(found[1]), Number(found[2]), found[3]?.toLowerCase()];
  if (!half) return hour <= 23 ? atAnchor(hour, minutes) : null;
  if (hour < 1 || hour > 12) return null;
  return atAnchor((hour % 12) + (half === 'p' ? 12 : 0), minutes);
}

type OpensNearPickerProps = TimePickerProps & {
  /** The time the list opens at when the chosen time is not one of its half hours, or none is chosen. */
  near: Date;
};

/**
 * Fluent's TimePicker, except that its list opens at the half hour of `near` instead of at 00:00
 * when the chosen time is not in the list, as Outlook's does. That half hour only shows where the
 * list is: Tab from it keeps what the box says, as Tab does where the list opened at its first time.
 */
const OpensNearPicker = forwardRef<HTMLInputElement, OpensNearPickerProps>(function OpensNearPicker({ near, ...pickerProps }, ref) {
  const state = useTimePicker_unstable(pickerProps, ref);
  const contextValues = useComboboxContextValues(state);
  useTimePickerStyles_unstable(state);
  const { open, value, activeDescendantController: list, getOptionsMatchingValue, selectedOptions } = state;
  const nearKey = halfHourOf(near).toISOString();
  const nearOption = () => getOptionsMatchingValue((key) => key === nearKey)[0];

  useEffect(() => {
    if (!open) return;
    // Fluent opens at the chosen time itself when it is one of the half hours.
    const near = selectedOptions.length === 0 ? nearOption() : undefined;
    if (near) list.focus(near.id);
    // Fluent scrolls only as far as needed, which leaves that time at the list's foot; at its top
    // the hours after it show, as in Outlook.
    const option = document.getElementById(list.active() ?? '');
    const listbox = option?.parentElement;
    if (option && listbox) {
      const padding = parseFloat(getComputedStyle(listbox).paddingTop) || 0;
      listbox.scrollTop += option.getBoundingClientRect().top - listbox.getBoundingClientRect().top - padding;
    }
    // Only opening places the list: while it is open, the user moves in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const keyDown = state.input.onKeyDown;
  const input = {
    ...state.input,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      const option = nearOption();
      const typedToIt = !!value?.trim() && !!option?.text.startsWith(value.trim());
      if (event.key === 'Tab' && option && list.active() === option.id && !typedToIt) list.blur();
      keyDown?.(event);
    },
  };
  return renderCombobox_unstable({ ...state, input }, contextValues);
});

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
  const app = useApp();
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
      <OpensNearPicker
        ref={box}
        className={styles.box}
        freeform
        hourCycle={hourCycle}
        dateAnchor={atAnchor(0, 0)}
        near={selected ?? app.clock.now()}
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

import { Combobox, Field, makeStyles, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { ownerFieldStrings } from './ownerFieldStrings';
import { usePeopleNames } from './usePeopleNames';

const useStyles = makeStyles({
  // A combobox asks for 250 px; the pane may have 270 in all.
  box: { minWidth: 0 },
  // "Iryna Shevchenko · iryna.shevchenko@clientbook.example" is wider than a 320 px pane: the list
  // keeps inside it and a long entry wraps, where both ran past the pane's edge.
  list: { maxWidth: 'calc(100vw - 24px)' },
  option: { overflowWrap: 'anywhere', minWidth: 0 },
});

type OwnerFieldProps = {
  label: string;
  hint?: string;
  /** The owner's address as typed or chosen. */
  value: string;
  onChange: (email: string) => void;
  validationMessage?: string;
};

/**
 * Who is responsible for a record: the user or a Team member chosen from a list that narrows as
 * one types a name or an address, or any other address typed in full. A known person shows by
 * name, as the card names them; the record keeps the address. Shared by the client card, deals
 * and service cases.
 */
export function OwnerField({ label, hint, value, onChange, validationMessage }: OwnerFieldProps) {
  const styles = useStyles();
  const { t } = useT(ownerFieldStrings);
  const { people } = usePeopleNames();
  // What is being typed, until a person is chosen or the field is left; then the chosen one's name shows.
  const [typing, setTyping] = useState<string | null>(null);
  const chosen = people.find((p) => p.email === value.trim().toLowerCase());
  const query = (typing ?? '').trim().toLowerCase();
  const shown = typing === null || !query ? people : people.filter((p) => p.email.includes(query) || p.name.toLowerCase().includes(query));
  const type = (text: string) => {
    setTyping(text);
    const typed = text.trim().toLowerCase();
    // A known person's full name or address typed is that person; anything else is kept as typed (an address outside the team).
    const known = people.find((p) => p.email === typed || p.name.toLowerCase() === typed);
    onChange(known ? known.email : text);
  };
  return (
    <Field label={label} hint={hint} validationMessage={validationMessage}>
      <Combobox
        className={styles.box}
        freeform
        inputMode="email"
        value={typing ?? (chosen ? chosen.name : value)}
        selectedOptions={chosen ? [chosen.email] : []}
        onChange={(e) => type(e.target.value)}
        onOptionSelect={(_, d) => {
          if (!d.optionValue) return;
          setTyping(null);
          onChange(d.optionValue);
        }}
        onBlur={() => setTyping(null)}
        expandIcon={{ 'aria-label': t('openList') }}
        listbox={{ className: styles.list }}
      >
        {shown.map((p) => (
          <Option key={p.email} className={styles.option} value={p.email} text={p.name}>
            {p.name === p.email ? p.email : `${p.name} · ${p.email}`}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

import { Combobox, Field, makeStyles, Option } from '@fluentui/react-components';
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
 * one types a name or an address, or any other address typed in full.
 */
export function OwnerField({ label, hint, value, onChange, validationMessage }: OwnerFieldProps) {
  const styles = useStyles();
  const { people } = usePeopleNames();
  const typed = value.trim().toLowerCase();
  const chosen = people.find((p) => p.email === typed);
  const shown = chosen ? people : people.filter((p) => p.email.includes(typed) || p.name.toLowerCase().includes(typed));
  return (
    <Field label={label} hint={hint} validationMessage={validationMessage}>
      <Combobox
        className={styles.box}
        freeform
        inputMode="email"
        value={value}
        selectedOptions={chosen ? [chosen.email] : []}
        onChange={(e) => onChange(e.target.value)}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}
        listbox={{ className: styles.list }}
      >
        {shown.map((p) => (
          <Option key={p.email} className={styles.option} value={p.email} text={p.email}>
            {p.name === p.email ? p.email : `${p.name} · ${p.email}`}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

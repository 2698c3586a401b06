import { Button, Input, Label, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DiamondDismiss12Filled, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/useT';
import { referenceStrings } from './referenceStrings';

type ListEditorProps = {
  label: string;
  /** The add button's text, naming one item: "Add domain", "Add phone". */
  addLabel: string;
  values: string[];
  onChange: (values: string[]) => void;
  type?: 'text' | 'email' | 'tel';
  placeholder?: string;
  validationMessage?: string;
  /** The rows the message is about, marked invalid (the first one takes the focus after a failed save); all rows when absent. */
  invalidRows?: readonly number[];
};

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, width: '100%' },
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  input: { flexGrow: 1, minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1, display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
});

/** Edits a short list of strings (domains, emails, phones): one input per value, add and remove. */
export function ListEditor({ label, addLabel, values, onChange, type = 'text', placeholder, validationMessage, invalidRows }: ListEditorProps) {
  const { t } = useT(referenceStrings);
  const styles = useStyles();
  const labelId = useId();
  const errorId = useId();
  const rows = values.length ? values : [''];
  const set = (i: number, v: string) => onChange(rows.map((old, j) => (j === i ? v : old)));
  const list = useRef<HTMLDivElement>(null);
  const added = useRef(false);
  // The row Add made takes the focus, as a keyboard user would type in it next.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const inputs = list.current?.querySelectorAll('input');
    inputs?.[inputs.length - 1]?.focus();
  });
  return (
    // Not a Fluent Field: a Field gives its one control the field's id, and here there are several.
    <div ref={list} className={styles.list} role="group" aria-labelledby={labelId} aria-describedby={validationMessage ? errorId : undefined}>
        <Label id={labelId}>{label}</Label>
        {rows.map((value, i) => (
          <div className={styles.row} key={i}>
            <Input
              className={styles.input}
              type={type}
              value={value}
              placeholder={placeholder}
              aria-label={rows.length > 1 ? `${label} ${i + 1}` : label}
              aria-invalid={validationMessage && (!invalidRows || invalidRows.includes(i)) ? true : undefined}
              onChange={(_, d) => set(i, d.value)}
            />
            {rows.length > 1 && (
              <Button
                appearance="subtle"
                icon={<DismissRegular />}
                aria-label={t('remove', { item: value || `${label} ${i + 1}` })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              />
            )}
          </div>
        ))}
        {/* Under the rows it is about, marked and announced as a Field's own message is. */}
        {validationMessage && (
          <Text id={errorId} size={200} className={styles.error} role="alert">
            <DiamondDismiss12Filled aria-hidden />
            {validationMessage}
          </Text>
        )}
        <div>
          <Button
            size="small"
            appearance="subtle"
            icon={<AddRegular />}
            onClick={() => {
              added.current = true;
              onChange([...rows, '']);
            }}
          >
            {addLabel}
          </Button>
        </div>
    </div>
  );
}

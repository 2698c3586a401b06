import { Button } from '@fluentui/react-components';
import type { ReactElement, Ref } from 'react';

type IconButtonProps = {
  icon: ReactElement;
  /** Names the button for screen readers and shows as its tooltip, since it has no text. */
  label: string;
  onClick: () => void;
  /** For a list that hands the focus on to a neighbour's button when a record goes. */
  ref?: Ref<HTMLButtonElement>;
};

/** A small, quiet button showing only its icon, beside a record's name: edit, delete. */
export function IconButton({ icon, label, onClick, ref }: IconButtonProps) {
  return <Button ref={ref} appearance="subtle" size="small" icon={icon} aria-label={label} title={label} onClick={onClick} />;
}

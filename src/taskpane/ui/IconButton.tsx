import { Button } from '@fluentui/react-components';
import type { ReactElement } from 'react';

type IconButtonProps = {
  icon: ReactElement;
  /** Names the button for screen readers and shows as its tooltip, since it has no text. */
  label: string;
  onClick: () => void;
};

/** A small, quiet button showing only its icon, beside a record's name: edit, delete. */
export function IconButton({ icon, label, onClick }: IconButtonProps) {
  return <Button appearance="subtle" size="small" icon={icon} aria-label={label} title={label} onClick={onClick} />;
}

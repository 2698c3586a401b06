import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type DrillLinkProps = { count: number; onOpen: () => void; children: ReactNode };

/** A figure inside a table that opens the records behind it. */
export function DrillLink({ count, onOpen, children }: DrillLinkProps) {
  if (count === 0) return <>{children}</>;
  return (
    <Link as="button" onClick={onOpen}>
      {children}
    </Link>
  );
}

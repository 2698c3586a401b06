import { Badge, makeStyles, type BadgeProps } from '@fluentui/react-components';
import type { ClientStatus } from '../../domain/model/Client';
import { useT } from '../i18n/useT';
import { clientStatusStrings } from './clientStatusStrings';

const colours: { [S in ClientStatus]: BadgeProps['color'] } = {
  lead: 'informative',
  prospect: 'brand',
  customer: 'success',
  inactive: 'subtle',
};

// A badge is one line high: a label that wrapped would run over its border.
const useStyles = makeStyles({ badge: { whiteSpace: 'nowrap', flexShrink: 0 } });

type StatusBadgeProps = { status: ClientStatus };

/** A client's status as a coloured badge with its label in the current language. */
export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useT(clientStatusStrings);
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={colours[status]} shape="rounded" className={styles.badge}>
      {t(status)}
    </Badge>
  );
}

import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { ClientStatus } from '../../domain/model/Client';
import { useT } from '../i18n/useT';
import { clientStatusStrings } from './clientStatusStrings';

const colours: { [S in ClientStatus]: BadgeProps['color'] } = {
  lead: 'informative',
  prospect: 'brand',
  customer: 'success',
  inactive: 'subtle',
};

type StatusBadgeProps = { status: ClientStatus };

/** A client's status as a coloured badge with its label in the current language. */
export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useT(clientStatusStrings);
  return (
    <Badge appearance="tint" color={colours[status]} shape="rounded">
      {t(status)}
    </Badge>
  );
}

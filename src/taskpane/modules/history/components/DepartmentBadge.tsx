import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { Department } from '../../../../domain/model/Department';
import { useT } from '../../../i18n/useT';
import { historyStrings } from '../historyStrings';

const colours: { [D in Department]: BadgeProps['color'] } = { sales: 'brand', marketing: 'important', 'after-sales': 'success' };

type DepartmentBadgeProps = { department: Department };

/** Which department an entry comes from: sales, marketing or after-sales. */
export function DepartmentBadge({ department }: DepartmentBadgeProps) {
  const { t } = useT(historyStrings);
  return (
    <Badge appearance="tint" shape="rounded" color={colours[department]}>
      {t(department)}
    </Badge>
  );
}

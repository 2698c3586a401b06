import { Tab, TabList } from '@fluentui/react-components';
import { useT } from '../../../i18n/useT';
import type { PlanScope } from '../hooks/useDayPlan';
import { todayStrings } from '../todayStrings';

type DayPlanScopeTabsProps = { scope: PlanScope; onScope: (scope: PlanScope) => void };

/**
 * Mine / Everyone's over a team's day plan. Its own file so DayPlan loads it only in a team where
 * colleagues have plans due: Fluent's tabs (about 9 KB gzip with their focus code) stay out of
 * the pane's first script.
 */
export function DayPlanScopeTabs({ scope, onScope }: DayPlanScopeTabsProps) {
  const { t } = useT(todayStrings);
  return (
    <TabList size="small" aria-label={t('scope')} selectedValue={scope} onTabSelect={(_, data) => onScope(data.value as PlanScope)}>
      <Tab value="mine">{t('scope.mine')}</Tab>
      <Tab value="everyone">{t('scope.everyone')}</Tab>
    </TabList>
  );
}

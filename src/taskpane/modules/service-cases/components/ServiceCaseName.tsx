import { Text } from '@fluentui/react-components';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';
import { serviceCasesStrings } from '../serviceCasesStrings';

type ServiceCaseNameProps = { clientId: string; serviceCaseId: string; className?: string };

/** Which of the client's service cases a history entry belongs to, by its title as it is now. */
export function ServiceCaseName({ clientId, serviceCaseId, className }: ServiceCaseNameProps) {
  const { t } = useT(serviceCasesStrings);
  const app = useApp();
  const cases = useLive(() => app.deals.queries.serviceCasesOf(clientId), [clientId]).data;
  const serviceCase = cases?.find((c) => c.id === serviceCaseId);
  return serviceCase ? <Text className={className}>{t('entryCase', { title: serviceCase.title })}</Text> : null;
}

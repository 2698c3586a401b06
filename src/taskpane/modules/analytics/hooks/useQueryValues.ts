import { statusCodes, type FieldSource, type QueryRecordKind } from '../../../../app/analyticsTypes';
import type { AnalyticsSession } from '../../../../app/analyticsUseCases';
import type { ReferenceList } from '../../../../domain/model/ReferenceItem';
import { useT } from '../../../i18n/useT';
import { clientStatusStrings } from '../../../ui/clientStatusStrings';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { analyticsStrings } from '../analyticsStrings';

const referenceSources: readonly string[] = ['region', 'industry', 'leadSource', 'dealStage', 'refusalReason', 'salesChannel', 'historyType', 'caseSeverity'] satisfies ReferenceList[];

/**
 * The values of a query field as the user knows them: statuses and picklist codes by their labels
 * in the pane's language, team members and campaigns by name (`valueLabel`); and, for fields with a
 * closed set of values, the choices a filter offers (`valueChoices`, null for free text).
 */
export function useQueryValues(session: AnalyticsSession, nameOf: (email: string) => string) {
  const { t } = useT(analyticsStrings);
  const clientStatus = useT(clientStatusStrings);
  const { labelOf, choices } = useReferenceItems();
  const statusLabel = (records: QueryRecordKind, code: string): string => {
    if (records === 'clients' && (statusCodes.clients ?? []).includes(code)) return clientStatus.t(code as 'lead');
    if (records === 'deals' && (statusCodes.deals ?? []).includes(code)) return t(`dealStatus.${code as 'open'}`);
    if (records === 'cases' && (statusCodes.cases ?? []).includes(code)) return t(`caseStatus.${code as 'open'}`);
    return code;
  };
  const valueLabel = (records: QueryRecordKind, source: FieldSource, code: string): string => {
    if (!code) return t('notSet');
    if (source === 'status') return statusLabel(records, code);
    if (source === 'member') return nameOf(code);
    if (source === 'campaign') return session.campaigns.find((c) => c.id === code)?.name ?? code;
    if (source && referenceSources.includes(source)) return labelOf(source as ReferenceList, code);
    return code;
  };
  const valueChoices = (records: QueryRecordKind, source: FieldSource): { code: string; label: string }[] | null => {
    if (source === 'status') return (statusCodes[records] ?? []).map((code) => ({ code, label: statusLabel(records, code) }));
    if (source === 'member') return session.members.map((m) => ({ code: m.email, label: m.name || m.email }));
    if (source === 'campaign') return session.campaigns.map((c) => ({ code: c.id, label: c.name }));
    if (source && referenceSources.includes(source)) return choices(source as ReferenceList);
    return null;
  };
  return { valueLabel, valueChoices };
}

import type { Mailings } from '../../../../app/mailingUseCases';
import { useT } from '../../../i18n/useT';
import { mailingsStrings } from '../mailingsStrings';

/**
 * The name people read for a merge field ("Client name", «Назва клієнта»), where the template keeps
 * its code ({{client.name}}). A name in braces that is no merge field stays as it was typed.
 */
export function useMergeFieldName(fields: Mailings['fields']): (field: string) => string {
  const { t } = useT(mailingsStrings);
  return (field) => {
    const known = fields.find((f) => f === field);
    return known ? t(`field.${known}`) : field;
  };
}

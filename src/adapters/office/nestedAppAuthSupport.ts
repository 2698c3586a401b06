import type { OfficeApi } from './officeTypes';

/**
 * Whether this Outlook brokers sign-in for add-ins (nested app authentication, NestedAppAuth 1.1).
 * False outside Office and on Outlook.com or builds that predate it.
 */
export function nestedAppAuthSupport(office: OfficeApi | undefined = typeof Office === 'undefined' ? undefined : Office): boolean {
  return office?.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') ?? false;
}

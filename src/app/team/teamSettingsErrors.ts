import { isValidDomain, type FieldError } from '../validation';
import type { TeamSettings } from './TeamSettings';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A SharePoint site's address: https, with the site's path (https://contoso.sharepoint.com/sites/sales). */
function isSiteUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.pathname.replace(/\/$/, '') !== '';
  } catch {
    return false;
  }
}

/**
 * What is wrong with typed team settings, field by field, before Connect reaches the network.
 * Entra ID gives an app registration's client id as a GUID; the tenant is its GUID or one of its
 * domains (docs/TEAM-SETUP.md). The team demo needs no registration.
 */
export function teamSettingsErrors(settings: TeamSettings, { registration }: { registration: boolean }): FieldError[] {
  const errors: FieldError[] = [];
  const check = (field: keyof TeamSettings, valid: (text: string) => boolean, key: string) => {
    const text = settings[field];
    if (!text) errors.push({ field, key: 'errors.required' });
    else if (!valid(text)) errors.push({ field, key });
  };
  check('siteUrl', isSiteUrl, 'errors.siteUrl');
  if (registration) {
    check('clientId', (text) => GUID.test(text), 'errors.clientId');
    check('tenant', (text) => GUID.test(text) || isValidDomain(text.toLowerCase()), 'errors.tenant');
  }
  return errors;
}

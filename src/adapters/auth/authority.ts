/** The Entra ID sign-in authority of one tenant: only that organisation's accounts can sign in. */
export function authority(tenant: string): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenant.trim())}`;
}

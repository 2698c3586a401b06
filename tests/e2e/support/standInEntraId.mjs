/*
 * A stand-in for Entra ID, routed inside the browser (no network): instance discovery, OpenID
 * metadata, the authorize endpoint (answering to the redirect_uri the way Entra ID does) and the
 * token endpoint (an unsigned ID token with the request's nonce). Enough for MSAL 5's
 * authorization-code flow with PKCE, in a popup or a redirect.
 */
export const TENANT = 'contoso.onmicrosoft.com';
export const TENANT_ID = '72f988bf-0000-4000-8000-2d7cd011db47';
export const CLIENT_ID = '0a1b2c3d-0000-4000-8000-00000000c11e';
export const SCOPE = 'https://graph.microsoft.com/Sites.ReadWrite.All';
export const LOGIN = 'https://login.microsoftonline.com';

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/**
 * `declines`: the user refuses consent (error=access_denied). Resolves with the authorize and token
 * requests seen, as plain objects.
 */
export async function standInEntraId(context, { declines = false } = {}) {
  const seen = { authorize: [], token: [] };
  let nonce = '';
  await context.route(`${LOGIN}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': 'GET, POST' };
    const json = (body) => route.fulfill({ status: 200, contentType: 'application/json', headers: cors, body: JSON.stringify(body) });
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (url.pathname.endsWith('/discovery/instance')) {
      return json({
        tenant_discovery_endpoint: `${LOGIN}/${TENANT}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'] }],
      });
    }
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      return json({
        issuer: `${LOGIN}/${TENANT_ID}/v2.0`,
        authorization_endpoint: `${LOGIN}/${TENANT_ID}/oauth2/v2.0/authorize`,
        token_endpoint: `${LOGIN}/${TENANT_ID}/oauth2/v2.0/token`,
        end_session_endpoint: `${LOGIN}/${TENANT_ID}/oauth2/v2.0/logout`,
        jwks_uri: `${LOGIN}/${TENANT_ID}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
      });
    }
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      const params = url.searchParams;
      seen.authorize.push(Object.fromEntries(params));
      nonce = params.get('nonce') ?? '';
      const answer = new URLSearchParams(
        declines
          ? { error: 'access_denied', error_description: 'AADSTS65004: User declined to consent to access the app.', state: params.get('state') ?? '' }
          : { code: 'authorization-code', client_info: base64url({ uid: 'olena-oid', utid: TENANT_ID }), state: params.get('state') ?? '' },
      );
      const separator = params.get('response_mode') === 'query' ? '?' : '#';
      const target = `${params.get('redirect_uri')}${separator}${answer}`;
      return route.fulfill({ status: 200, contentType: 'text/html', body: `<script>location.replace(${JSON.stringify(target)})</script>` });
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(request.postData() ?? '');
      seen.token.push(Object.fromEntries(form));
      const now = Math.floor(Date.now() / 1000);
      const idToken = [
        base64url({ typ: 'JWT', alg: 'RS256', kid: 'stand-in' }),
        base64url({
          aud: CLIENT_ID, iss: `${LOGIN}/${TENANT_ID}/v2.0`, iat: now, nbf: now, exp: now + 3600, nonce,
          name: 'Olena Kovalenko', oid: 'olena-oid', preferred_username: 'olena@contoso.com', sub: 'olena-sub', tid: TENANT_ID, ver: '2.0',
        }),
        base64url('signature'),
      ].join('.');
      return json({
        token_type: 'Bearer', scope: `${SCOPE} openid profile offline_access`, expires_in: 3600, ext_expires_in: 3600,
        access_token: 'graph-access-token', refresh_token: 'refresh-token', id_token: idToken,
        client_info: base64url({ uid: 'olena-oid', utid: TENANT_ID }),
      });
    }
    return route.fulfill({ status: 404, headers: cors, body: `stand-in Entra ID has no ${url.pathname}` });
  });
  return seen;
}


/**
 * The team demo (npm run demo:team): the demo page opened with ?team=<Graph emulator root> makes
 * its pane a team member on the local emulator, with a fixed token instead of MSAL. Honoured only
 * for the demo mailbox (never in Outlook) and only for a loopback address, so a crafted link can
 * never send the pane's data anywhere else. Each demo user (?user=petro) gets a database of their
 * own, so two windows of one browser act as two managers.
 */
import type { MailHost } from '../../domain/ports';
import type { TeamOptions } from './createTeam';

/** The site the demo's emulator serves (tools/demoTeam.mjs adds it). */
export const DEMO_TEAM_SITE = 'https://contoso.sharepoint.com/sites/sales';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type DemoTeamSetup = { dbName: string; team: TeamOptions; seedDemo: false };

/** The `team` parameter of the pane's page, or of the demo page framing it. */
function teamParameter(win: Window): string | null {
  const own = new URLSearchParams(win.location.search).get('team');
  if (own) return own;
  try {
    return win.parent !== win ? new URLSearchParams(win.parent.location.search).get('team') : null;
  } catch {
    // A cross-origin parent (Outlook on the web) is not the demo page.
    return null;
  }
}

export function demoTeamOptions(host: MailHost, isDemoMailbox: boolean, win: Window): DemoTeamSetup | null {
  if (!isDemoMailbox) return null;
  const parameter = teamParameter(win);
  if (!parameter) return null;
  let graph: URL;
  try {
    graph = new URL(parameter);
  } catch {
    return null;
  }
  if (!LOOPBACK.has(graph.hostname)) return null;
  const email = host.userProfile().email.toLowerCase();
  return {
    dbName: `clientbook-team-demo-${email}`,
    seedDemo: false,
    team: {
      graphBaseUrl: graph.href.replace(/\/$/, ''),
      // The emulator takes any bearer token; naming the user keeps its request log readable.
      tokensFor: async () => ({ configured: true, getToken: async () => `demo-token-${email}` }),
      demo: { siteUrl: DEMO_TEAM_SITE },
    },
  };
}

import { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';

/** The Graph emulator with one team site, started for the file's tests; back online after each. */
export function emulatedTeamSite() {
  const graph = new GraphEmulator();
  const site = { id: '' };
  beforeAll(async () => {
    await graph.start();
    site.id = graph.addSite('https://contoso.sharepoint.com/sites/sales');
  });
  afterAll(() => graph.stop());
  afterEach(() => {
    graph.offline = false;
  });
  return { graph, site };
}

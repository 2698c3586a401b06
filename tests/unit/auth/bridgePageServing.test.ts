/**
 * MSAL 5 hands popup and silent-renewal answers over through the redirect-bridge page: it must be
 * built, served fresh every time, and never with a Cross-Origin-Opener-Policy (which would cut the
 * popup off from the pane). Checked on the dev server's configuration.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Headers = Record<string, string>;
type WebpackConfig = {
  entry: Record<string, string>;
  devServer: { headers: (req: { url: string }) => Headers };
};

function devConfig(): WebpackConfig {
  const previous = process.env.CLIENTBOOK_HTTP;
  process.env.CLIENTBOOK_HTTP = '1'; // no certificates needed to read the configuration
  try {
    // webpack.config.js is CommonJS exporting (env, argv) => configuration.
    const create = createRequire(__filename)(join(__dirname, '../../../webpack.config.js')) as (env: unknown, argv: { mode: string }) => WebpackConfig;
    return create({}, { mode: 'development' });
  } finally {
    if (previous === undefined) delete process.env.CLIENTBOOK_HTTP;
    else process.env.CLIENTBOOK_HTTP = previous;
  }
}

describe('the redirect-bridge and sign-in dialog pages', () => {
  const config = devConfig();

  it('are built from their own small entries', () => {
    expect(config.entry['auth-bridge']).toBe('./src/auth-bridge/index.ts');
    expect(config.entry['auth-dialog']).toBe('./src/auth-dialog/index.ts');
  });

  it('serve the bridge with Cache-Control: no-store, however the answer is appended', () => {
    for (const url of ['/auth-bridge.html', '/auth-bridge.html?code=abc&state=xyz']) {
      expect(config.devServer.headers({ url })['Cache-Control']).toBe('no-store');
    }
  });

  it('send no Cross-Origin-Opener-Policy for the bridge, the dialog or the pane', () => {
    for (const url of ['/auth-bridge.html', '/auth-dialog.html', '/taskpane.html']) {
      const names = Object.keys(config.devServer.headers({ url })).map((n) => n.toLowerCase());
      expect(names).not.toContain('cross-origin-opener-policy');
    }
  });

  it('leave other pages to normal caching', () => {
    expect(config.devServer.headers({ url: '/taskpane.html' })['Cache-Control']).toBeUndefined();
  });
});

/**
 * MSAL is about 70 KB gzip and the pane's initial JS budget is 180 KB: it must load only when a
 * tenant is configured and a token is first asked for. So no source file may import it statically
 * (type-only imports vanish at build time), except the redirect-bridge page, a page of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('loading MSAL lazily', () => {
  it('imports @azure/msal-browser statically nowhere but the redirect-bridge page', () => {
    const staticImport = /^\s*import\s+(?!type\b)[^;]*?from\s+'@azure\/msal-browser(\/[^']*)?'/m;
    const offenders = sourceFiles(join(root, 'src'))
      .filter((file) => staticImport.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));

    expect(offenders).toEqual(['src/auth-bridge/index.ts']);
  });

  it('loads it with a dynamic import in one place', () => {
    const dynamicImport = /import\(\s*(\/\*[^*]*\*\/\s*)?'@azure\/msal-browser'\s*\)/;
    const loaders = sourceFiles(join(root, 'src'))
      .filter((file) => dynamicImport.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));

    expect(loaders).toEqual(['src/adapters/auth/loadMsalClient.ts']);
  });
});

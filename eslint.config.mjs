// Lint enforces the layering of docs/ARCHITECTURE.md: imports point down only, and each
// vendor SDK is touched by exactly one adapter.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const sdk = {
  office: { group: ['@microsoft/office-js', 'office-addin-mock'], message: 'Only src/adapters/office touches Office.js.' },
  msal: { group: ['@azure/msal-browser', '@azure/msal-browser/*'], message: 'Only src/adapters/auth touches MSAL.' },
  dexie: { group: ['dexie', 'dexie-react-hooks'], message: 'Only src/adapters/storage touches Dexie.' },
  graph: { group: ['@microsoft/microsoft-graph-client'], message: 'Only src/adapters/graph touches the Graph client.' },
  react: { group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*'], message: 'UI libraries belong to src/taskpane and the demo.' },
};
const layer = (name, message) => ({ group: [`**/${name}/**`, `**/${name}`], message });
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict(
      { regex: '^[^.]', message: 'src/domain is pure TypeScript: it imports nothing outside itself.' },
      layer('app', 'domain must not import app.'), layer('adapters', 'domain must not import adapters.'),
      layer('sync', 'domain must not import sync.'), layer('taskpane', 'domain must not import UI.'),
    ),
  },
  {
    files: ['src/sync/**'],
    rules: restrict(sdk.office, sdk.msal, sdk.dexie, sdk.graph, sdk.react,
      layer('app', 'sync must not import app.'), layer('adapters', 'sync uses ports, not adapters.'),
      layer('taskpane', 'sync must not import UI.')),
  },
  { files: ['src/adapters/office/**'], rules: restrict(sdk.msal, sdk.dexie, sdk.graph, sdk.react, layer('app', 'adapters must not import app.'), layer('taskpane', 'adapters must not import UI.')) },
  { files: ['src/adapters/auth/**'], rules: restrict(sdk.office, sdk.dexie, sdk.graph, sdk.react, layer('app', 'adapters must not import app.'), layer('taskpane', 'adapters must not import UI.')) },
  { files: ['src/adapters/storage/**'], rules: restrict(sdk.office, sdk.msal, sdk.graph, sdk.react, layer('app', 'adapters must not import app.'), layer('taskpane', 'adapters must not import UI.')) },
  { files: ['src/adapters/graph/**'], rules: restrict(sdk.office, sdk.msal, sdk.dexie, sdk.react, layer('app', 'adapters must not import app.'), layer('taskpane', 'adapters must not import UI.')) },
  { files: ['src/app/**'], rules: restrict(sdk.office, sdk.msal, sdk.dexie, sdk.graph, sdk.react, layer('taskpane', 'app must not import UI.'), layer('commands', 'app must not import commands.')) },
  {
    files: ['src/taskpane/**', 'src/commands/**', 'src/demo/**'],
    rules: restrict(sdk.office, sdk.msal, sdk.dexie, sdk.graph,
      layer('adapters', 'UI goes through src/app, never to adapters.'), layer('sync', 'UI goes through src/app.'),
      layer('domain/rules', 'UI goes through src/app use cases.')),
  },
  {
    // The demo page drives the demo mailbox its framed pane reads: its one way into an adapter.
    files: ['src/demo/**'],
    rules: restrict(sdk.office, sdk.msal, sdk.dexie, sdk.graph,
      { regex: '(^|/)adapters(/(?!office/demo/)|$)', message: 'The demo page imports only src/adapters/office/demo.' },
      layer('sync', 'UI goes through src/app.'), layer('domain/rules', 'UI goes through src/app use cases.')),
  },
  // The sign-in pages: the dialog page goes through src/app like the other pages; the redirect bridge
  // is MSAL's own page and imports only its redirect-bridge entry.
  {
    files: ['src/auth-dialog/**'],
    rules: restrict(sdk.office, sdk.msal, sdk.dexie, sdk.graph, sdk.react, layer('adapters', 'The sign-in dialog page goes through src/app.')),
  },
  {
    files: ['src/auth-bridge/**'],
    rules: restrict(sdk.office, sdk.dexie, sdk.graph, sdk.react, layer('app', 'The redirect bridge runs MSAL only.'),
      layer('adapters', 'The redirect bridge runs MSAL only.')),
  },
  {
    files: ['src/taskpane/ui/**'],
    rules: restrict(sdk.office, sdk.msal, sdk.dexie, sdk.graph, layer('modules', 'ui/ imports no feature module.'),
      layer('adapters', 'UI goes through src/app.')),
  },
);

// Transpiles with swc (TypeScript 7 has no compiler API for ts-jest); tsc type-checks separately.
const esmPackages = ['strip-bom', 'uuid', 'postal-mime', 'dexie-react-hooks'].join('|');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/tests/{unit,integration,ui}/**/*.test.ts?(x)'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  transformIgnorePatterns: [`node_modules/(?!(.*/)?(${esmPackages})/)`],
  setupFiles: ['<rootDir>/tests/support/setupGlobals.ts'],
  setupFilesAfterEnv: ['<rootDir>/tests/support/setupDom.ts'],
  // Component tests open a real IndexedDB (fake-indexeddb) and render Fluent UI on two cores: 5 s is too tight.
  testTimeout: 30_000,
  // Jest 30's 'soft' clean-up of a finished file's globals turns a later write to them into endless
  // recursion (its setter calls Reflect.set on itself), which kills the in-band run on two cores.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  moduleNameMapper: { '\\.(css|png|svg)$': '<rootDir>/tests/support/fileStub.js' },
};

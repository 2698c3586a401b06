// Transpiles with swc (TypeScript 7 has no compiler API for ts-jest); tsc type-checks separately.
const esmPackages = ['strip-bom', 'uuid', 'postal-mime', 'dexie-react-hooks'].join('|');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/tests/{unit,integration,ui}/**/*.test.ts?(x)'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  transformIgnorePatterns: [`node_modules/(?!(.*/)?(${esmPackages})/)`],
  setupFiles: ['<rootDir>/tests/support/setupGlobals.ts'],
  moduleNameMapper: { '\\.(css|png|svg)$': '<rootDir>/tests/support/fileStub.js' },
};

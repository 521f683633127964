// Browser tests: the built app served by the built API on a fresh embedded database, driven in Debian's
// Chromium by playwright-core. Run after `pnpm -r run build` (pnpm test does so).
export default {
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts', '<rootDir>/src/**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  // A safety net for a hung browser or server, not a speed check.
  testTimeout: 120_000,
};

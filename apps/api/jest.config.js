// Jest runs the TypeScript sources as ESM (NestJS 12 ships ESM only) through SWC with legacy decorators
// and decorator metadata, which Nest's dependency injection and @nestjs/graphql need.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  // Names the run, whose templates test/support/test-database.ts makes once and shares between workers.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
};
export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
      // Replicas share one database server: their test runs in the real-Postgres run only (TEST_DATABASE_URL).
      testPathIgnorePatterns: [
        '/node_modules/',
        ...(process.env.TEST_DATABASE_URL ? [] : ['<rootDir>/test/replicas/']),
      ],
    },
  ],
  // A safety net for hung tests (start-up spawns the app and its database), not a speed check.
  testTimeout: 120_000,
};

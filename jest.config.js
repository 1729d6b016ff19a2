/** Unit tests run on plain modules; integration tests boot Strapi once per file on a throw-away database. */
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true } } }],
};
const common = {
  transform,
  testEnvironment: 'node',
  modulePathIgnorePatterns: [
    '<rootDir>/dist/',
    '<rootDir>/src/plugins/annual-report/dist/',
    '<rootDir>/.tmp/',
  ],
};

module.exports = {
  reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.js'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/slow-timeout.js'],
    },
    // Faults injected into running instances (PostgreSQL, a redis-server of their own): run once
    // by .ci/run with `npm run test:faults`, not in both database passes.
    {
      ...common,
      displayName: 'faults',
      testMatch: ['<rootDir>/tests/faults/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/slow-timeout.js'],
    },
    // Needs the admin build (`npm run build`) and Debian's chromium: run by `npm run test:e2e`.
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/slow-timeout.js'],
    },
  ],
};

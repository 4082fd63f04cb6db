/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    // Type errors are caught by `npm run typecheck` (tsc over src and __tests__), so jest only transpiles.
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  // The examples import the package by name, as users do; tests run them on the sources.
  moduleNameMapper: {
    '^messaging-api-line$': '<rootDir>/src/index.ts',
    '^messaging-api-line/testing$': '<rootDir>/src/testing/index.ts',
    '^messaging-api-line/redis$': '<rootDir>/src/redis/index.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/setup.ts'],
  testTimeout: 20000,
};

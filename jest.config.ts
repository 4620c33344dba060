import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // Type checking is done once by `tsc` (npm run build / typecheck); per-file transpiling keeps jest fast.
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  moduleNameMapper: {
    '^imsim$': '<rootDir>/simulator/index.ts',
    '^imsim/contracts$': '<rootDir>/contracts/index.ts',
    '^imsim/react-native$': '<rootDir>/integrations/react-native/index.ts',
    '^imsim/jest$': '<rootDir>/integrations/jest/index.ts',
    '^imsim/server-api$': '<rootDir>/integrations/server-api/index.ts',
  },
  testTimeout: 60_000,
};

export default config;

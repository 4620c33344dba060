import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // Type checking is done once by `tsc`; per-file transpiling (isolatedModules, set in tsconfig.json) keeps jest fast.
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
    // msw 2's CommonJS build requires ESM-only packages; jest on Node < 24.9 needs them compiled.
    '^.+\\.m?js$': ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)'],
  moduleNameMapper: {
    '^imsim$': '<rootDir>/simulator/index.ts',
    '^imsim/contracts$': '<rootDir>/contracts/index.ts',
    '^imsim/react-native$': '<rootDir>/integrations/react-native/index.ts',
    '^imsim/jest$': '<rootDir>/integrations/jest/index.ts',
    '^imsim/server-api$': '<rootDir>/integrations/server-api/index.ts',
    '^react-native$': '<rootDir>/integrations/react-native/index.ts',
    // The real wrapper is not on this registry: in this repository its name resolves to the reference wrapper.
    '^@rongcloud/react-native-im-wrapper$': '<rootDir>/docs/examples/rongcloud-wrapper-stand-in.ts',
  },
  testTimeout: 60_000,
};

export default config;

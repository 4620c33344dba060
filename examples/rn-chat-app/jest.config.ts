import type { Config } from 'jest';

/**
 * The jest config of an app that tests against imsim. In an app the four paths below are simply
 *   '^react-native$': 'imsim/react-native'        (moduleNameMapper)
 *   setupFilesAfterEnv: ['imsim/jest']
 * and imsim / imsim/jest / imsim/server-api resolve from node_modules. Inside the imsim repository they
 * point at the sources. Run it alone with `npx jest -c examples/rn-chat-app/jest.config.ts`.
 */
const repo = '<rootDir>/../..';

const config: Config = {
  displayName: 'rn-chat-app',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
    // msw 2 (CommonJS) requires a few ESM-only packages; jest on Node < 24.9 needs them compiled.
    '^.+\\.m?js$': ['ts-jest', { isolatedModules: true, diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)'],
  moduleNameMapper: {
    '^react-native$': `${repo}/integrations/react-native/index.ts`,
    '^imsim$': `${repo}/simulator/index.ts`,
    '^imsim/jest$': `${repo}/integrations/jest/index.ts`,
    '^imsim/server-api$': `${repo}/integrations/server-api/index.ts`,
  },
  setupFilesAfterEnv: [`${repo}/integrations/jest/index.ts`],
};

export default config;

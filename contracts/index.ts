// `imsim/contracts`: the conformance harness, the reference wrapper and the generated contracts.
export { runConformance, checkIds, DEFAULT_SEED } from './harness/run';
export { referenceLoader, bindLoader } from './harness/reference-loader';
export { wrapperLoader, WrapperLoadError } from './harness/wrapper-loader';
export { reactNativeFor, type ReactNativeShim } from './harness/rn-shim';
export { describeConformance, conformanceTestIds, type DescribeConformanceOptions } from './harness/jest';
export { formatReport, formatFailure, junitXml, reportJson, replayCommand } from './harness/report';
export { AGGREGATE_RULES } from './harness/rules-catalog';
export type {
  CheckKind,
  CheckReport,
  CheckStatus,
  ConformanceOptions,
  ConformanceReport,
  DeviceView,
  EmitterLike,
  EngineClass,
  EngineInstance,
  Failure,
  Loader,
  Progress,
} from './harness/types';
export { bindRCIMIWEngine, mutants, type Mutant } from './reference/rongcloud-rn';
export * as rongcloudRn from './generated/rongcloud-rn';
export type * from './contract-types';

// The generator's public surface: read an API, emit contracts, diff two versions.
export { readApi } from './read-api';
export { ApiReadError } from './errors';
export { loadApi } from './load-api';
export { emitZod, type EmitOptions } from './emit-zod';
export { generateContracts, staleFiles, writeFiles, type GeneratedFile, type GenerateOptions } from './generate';
export { diffApis, type ApiChange, type ChangeKind, type Severity } from './diff';
export { formatChangesJson, formatChangesText } from './diff-format';
export { sdks, DEFAULT_SDK, type SdkConfig } from './sdks';
export type * from './manifest';

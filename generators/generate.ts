// Spec -> contract files, in memory; writing and freshness checking are separate so `--check` and the
// freshness test compare exactly what `generate` would write.
import * as fs from 'fs';
import * as path from 'path';
import { EmitError } from './emit-native';
import { emitZod } from './emit-zod';
import { ApiReadError } from './errors';
import type { ApiManifest } from './manifest';
import { jsonText } from './json-text';
import { readApi } from './read-api';
import { sdks } from './sdks';

export interface GenerateOptions {
  sdk: string;
  /** Package root: default spec and output paths resolve against it. */
  root: string;
  spec?: string;
  out?: string;
}

export interface GeneratedFile {
  path: string;
  content: string;
}

export interface GenerateResult {
  manifest: ApiManifest;
  files: GeneratedFile[];
  /** Things a person should look at that do not stop generation (e.g. the engine class is missing). */
  warnings: string[];
}

export function generateContracts(opts: GenerateOptions): GenerateResult {
  const config = sdks[opts.sdk];
  if (!config) throw new ApiReadError(`unknown sdk "${opts.sdk}" (known: ${Object.keys(sdks).join(', ')})`);
  const spec = path.resolve(opts.root, opts.spec ?? config.spec);
  const out = path.resolve(opts.root, opts.out ?? 'contracts/generated');
  const manifest = readApi(spec);
  const source = path.relative(opts.root, spec).split(path.sep).join('/') || '.';
  let ts: string;
  try {
    ts = emitZod(manifest, { sdk: opts.sdk, source, engineClass: config.engineClass, native: config.native });
  } catch (e) {
    if (e instanceof EmitError) throw new ApiReadError(e.message);
    throw e;
  }
  return {
    manifest,
    files: [
      { path: path.join(out, `${opts.sdk}.ts`), content: ts },
      { path: path.join(out, `${opts.sdk}.manifest.json`), content: jsonText(manifest) },
    ],
    warnings: warningsFor(manifest, config.engineClass, config.native ? Object.values(config.native) : []),
  };
}

function warningsFor(manifest: ApiManifest, engineClass: string, nativeNames: string[]): string[] {
  const warnings: string[] = [];
  if (!manifest.classes.some((c) => c.name === engineClass)) {
    warnings.push(`engine class ${engineClass} not found in the spec`);
  }
  const declared = new Set([...manifest.interfaces, ...manifest.callbacks].map((i) => i.name));
  for (const n of nativeNames) if (!declared.has(n)) warnings.push(`native interface ${n} not found in the spec`);
  return warnings;
}

export function writeFiles(files: readonly GeneratedFile[]): void {
  for (const f of files) {
    fs.mkdirSync(path.dirname(f.path), { recursive: true });
    fs.writeFileSync(f.path, f.content);
  }
}

export interface StaleFile {
  path: string;
  state: 'missing' | 'stale';
}

/** Files on disk that differ from what generation produces now. */
export function staleFiles(files: readonly GeneratedFile[]): StaleFile[] {
  const out: StaleFile[] = [];
  for (const f of files) {
    if (!fs.existsSync(f.path)) out.push({ path: f.path, state: 'missing' });
    else if (fs.readFileSync(f.path, 'utf8') !== f.content) out.push({ path: f.path, state: 'stale' });
  }
  return out;
}

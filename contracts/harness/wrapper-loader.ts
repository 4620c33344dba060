// Loads a wrapper from its entry file (TypeScript or JavaScript), one copy per simulated device: each
// file is transpiled once (the TypeScript compiler inside ts-morph, CommonJS) into a function, then run
// per device in a private module registry where `react-native` is that device's shim. The function is
// made with `new Function` (not vm), so the wrapper's objects, Maps and errors belong to the same realm as
// the harness (under jest too) and compare structurally. `Math.random` is seeded per device so wrappers
// that make eventIds from it (the real one does) still give replayable runs.
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { ts } from 'ts-morph';
import { reactNativeFor } from './rn-shim';
import type { DeviceView, EngineClass, Loader } from './types';

export class WrapperLoadError extends Error {
  override name = 'WrapperLoadError';
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.cjs', '.mjs'];
type ModuleFn = (exports: unknown, require: (id: string) => unknown, module: { exports: unknown }, filename: string, dirname: string, Math: Math) => void;
type Compiled = { kind: 'script'; fn: ModuleFn } | { kind: 'json'; value: unknown };

function resolveFile(base: string): string | undefined {
  const isFile = (p: string) => fs.existsSync(p) && fs.statSync(p).isFile();
  if (isFile(base)) return base;
  // `./x.js` in TypeScript sources names `./x.ts`.
  const swapped = base.replace(/\.(c|m)?js$/, '.ts');
  if (swapped !== base && isFile(swapped)) return swapped;
  for (const ext of [...SOURCE_EXTENSIONS, '.json']) if (isFile(base + ext)) return base + ext;
  for (const ext of SOURCE_EXTENSIONS) if (isFile(path.join(base, `index${ext}`))) return path.join(base, `index${ext}`);
  return undefined;
}

function compile(file: string): Compiled {
  const source = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return { kind: 'json', value: JSON.parse(source) };
  const out = ts.transpileModule(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      allowJs: true,
      jsx: ts.JsxEmit.React,
      inlineSourceMap: true,
      inlineSources: true,
    },
  });
  const error = out.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (error) {
    const where = error.file && error.start !== undefined ? error.file.getLineAndCharacterOfPosition(error.start) : undefined;
    const at = where ? `${path.relative(process.cwd(), file)}:${where.line + 1}:${where.character + 1}` : path.relative(process.cwd(), file);
    throw new WrapperLoadError(`cannot compile ${at}: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}`);
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const fn = new Function('exports', 'require', 'module', '__filename', '__dirname', 'Math', `${out.outputText}\n//# sourceURL=${file}`) as ModuleFn;
    return { kind: 'script', fn };
  } catch (e) {
    throw new WrapperLoadError(`cannot load ${path.relative(process.cwd(), file)}: ${(e as Error).message}`);
  }
}

/** A Math whose random() is a seeded generator (mulberry32), one stream per device. */
export function seededMath(seedText: string): Math {
  let h = 2166136261;
  for (let i = 0; i < seedText.length; i++) h = Math.imul(h ^ seedText.charCodeAt(i), 16777619);
  let a = h >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Object.create(Math, { random: { value: random } }) as Math;
}

function findEngine(exports: any, entry: string): EngineClass {
  const candidates = [exports?.RCIMIWEngine, exports?.default?.RCIMIWEngine, exports?.default];
  const found = candidates.find((c) => typeof c === 'function' && typeof c.create === 'function');
  if (!found) {
    const names = exports && typeof exports === 'object' ? Object.keys(exports).slice(0, 8).join(', ') : typeof exports;
    throw new WrapperLoadError(`${path.relative(process.cwd(), entry)} exports no RCIMIWEngine class with a static create() (exports: ${names || 'none'})`);
  }
  return found as EngineClass;
}

/** A loader for the wrapper whose entry file is `entry` (resolved from the current folder). */
export function wrapperLoader(entry: string): Loader {
  const entryFile = resolveFile(path.resolve(entry));
  if (!entryFile) throw new WrapperLoadError(`wrapper entry not found: ${entry}`);
  const compiled = new Map<string, Compiled>();
  const compiledOf = (file: string) => {
    let c = compiled.get(file);
    if (!c) compiled.set(file, (c = compile(file)));
    return c;
  };
  // Compile the whole graph we can see now, so a syntax error surfaces before any check runs.
  compiledOf(entryFile);

  return (device: DeviceView) => {
    const registry = new Map<string, { exports: unknown }>();
    const reactNative = reactNativeFor(device);
    const math = seededMath(`${entryFile}#${device.id}`);
    const load = (file: string): unknown => {
      const cached = registry.get(file);
      if (cached) return cached.exports;
      const c = compiledOf(file);
      const module = { exports: (c.kind === 'json' ? c.value : {}) as unknown };
      registry.set(file, module);
      if (c.kind === 'script') c.fn.call(module.exports, module.exports, requireFrom(file), module, file, path.dirname(file), math);
      return module.exports;
    };
    const requireFrom = (from: string) => {
      const nodeRequire = createRequire(from);
      return (id: string): unknown => {
        if (id === 'react-native') return reactNative;
        if (id.startsWith('.') || path.isAbsolute(id)) {
          const file = resolveFile(path.resolve(path.dirname(from), id));
          if (!file) throw new WrapperLoadError(`cannot resolve ${JSON.stringify(id)} from ${path.relative(process.cwd(), from)}`);
          return load(file);
        }
        return nodeRequire(id);
      };
    };
    return findEngine(load(entryFile), entryFile);
  };
}

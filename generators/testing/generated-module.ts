// Test helpers for emitted contract source: type-check it as if it sat in contracts/generated/, and load it
// as a module (transpiled in memory, requiring zod from the project), without writing files.
import * as path from 'path';
import { createRequire } from 'module';
import { Project, ts } from 'ts-morph';

const root = path.resolve(__dirname, '..', '..');
export const generatedDir = path.join(root, 'contracts', 'generated');

/** Type errors of `source` placed at contracts/generated/<name>.ts under the project's strict settings. */
export function typeErrors(source: string, name = '__emit_test__'): string[] {
  const project = new Project({ tsConfigFilePath: path.join(root, 'tsconfig.json'), skipAddingFilesFromTsConfig: true });
  const file = project.createSourceFile(path.join(generatedDir, `${name}.ts`), source, { overwrite: true });
  // Only the file's own errors: option deprecations of ts-morph's bundled compiler are not about this source.
  const own = file.getPreEmitDiagnostics().filter((d) => d.getSourceFile()?.getFilePath() === file.getFilePath());
  return own.map((d) => {
    const msg = d.getMessageText();
    return `${d.getLineNumber() ?? 0}: ${typeof msg === 'string' ? msg : msg.getMessageText()}`;
  });
}

/** Evaluates `source` as a CommonJS module living in contracts/generated/. */
export function loadModule<T = Record<string, unknown>>(source: string, name = '__emit_test__'): T {
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const filename = path.join(generatedDir, `${name}.js`);
  const mod = { exports: {} as T };
  new Function('require', 'module', 'exports', js)(createRequire(filename), mod, mod.exports);
  return mod.exports;
}

// readApi: loads an SDK's TypeScript (a folder or files, following imports between them) with ts-morph and
// returns its API manifest. Reading is purely syntactic plus symbol lookups, so imports that cannot be
// resolved (the real wrapper imports 'react-native') do not matter.
import * as path from 'path';
import { ModuleKind, ModuleResolutionKind, Node, Project, ScriptTarget, SourceFile, StatementedNode } from 'ts-morph';
import { ApiReadError } from './errors';
import type { AliasInfo, ApiManifest, ClassInfo, EnumInfo } from './manifest';
import { MANIFEST_FORMAT } from './manifest';
import { byName, readClass } from './read-class';
import { docsOf } from './read-docs';
import { resolveInputs } from './read-inputs';
import { buildInterfaces, mergeRaw, readRawInterface, type RawInterface } from './read-interfaces';
import { readTypeNode } from './read-type';
import { typeText } from './type-text';

export { ApiReadError } from './errors';

export function readApi(inputs: string | readonly string[]): ApiManifest {
  const files = resolveInputs(inputs);
  const sources = loadSources(files);
  const raws = new Map<string, RawInterface>();
  const classes: ClassInfo[] = [];
  const enums = new Map<string, EnumInfo>();
  const aliases = new Map<string, AliasInfo>();
  const classDecls: Node[] = [];
  for (const sf of sources) {
    for (const container of containers(sf)) {
      for (const i of container.getInterfaces()) {
        const raw = readRawInterface(i);
        const prev = raws.get(raw.name);
        raws.set(raw.name, prev ? mergeRaw(prev, raw) : raw);
      }
      for (const e of container.getEnums()) mergeEnum(enums, readEnum(e));
      for (const a of container.getTypeAliases()) if (!aliases.has(a.getName())) aliases.set(a.getName(), readAlias(a));
      classDecls.push(...container.getClasses());
    }
  }
  const { callbacks, interfaces, callbackNames } = buildInterfaces(raws);
  const seenClasses = new Set<string>();
  for (const decl of classDecls) {
    if (!Node.isClassDeclaration(decl)) continue;
    const info = readClass(decl, callbackNames);
    if (seenClasses.has(info.name)) continue;
    seenClasses.add(info.name);
    classes.push(info);
  }
  return {
    format: MANIFEST_FORMAT,
    classes: byName(classes),
    callbacks: byName(callbacks),
    interfaces: byName(interfaces),
    enums: byName([...enums.values()]),
    aliases: byName([...aliases.values()]),
  };
}

function loadSources(files: string[]): SourceFile[] {
  const project = new Project({
    compilerOptions: {
      target: ScriptTarget.ES2022,
      module: ModuleKind.CommonJS,
      moduleResolution: ModuleResolutionKind.Node10,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      // No @types and no DOM lib: an SDK's API never needs them, and loading them doubles the read time.
      types: [],
      lib: ['lib.es2022.d.ts'],
    },
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
  });
  for (const f of files) project.addSourceFileAtPath(f);
  project.resolveSourceFileDependencies();
  const inputs = new Set(files.map((f) => path.resolve(f)));
  const inputPackages = new Set([...inputs].map(packageDir).filter((p): p is string => !!p));
  const sources = project
    .getSourceFiles()
    .filter((sf) => {
      const file = path.resolve(sf.getFilePath());
      if (inputs.has(file)) return true;
      // Follow imports into a library only when the input itself lives in that library (a package's .d.ts).
      const pkg = packageDir(file);
      return pkg ? inputPackages.has(pkg) : true;
    })
    .sort((a, b) => (a.getFilePath() < b.getFilePath() ? -1 : 1));
  const program = project.getProgram();
  for (const sf of sources) {
    const [first] = program.getSyntacticDiagnostics(sf);
    if (first) {
      const msg = first.getMessageText();
      const text = typeof msg === 'string' ? msg : msg.getMessageText();
      const rel = path.relative(process.cwd(), sf.getFilePath());
      throw new ApiReadError(`${rel}:${first.getLineNumber() ?? 1}: syntax error: ${text}`);
    }
  }
  return sources;
}

/** `…/node_modules/<pkg>` or `…/node_modules/@scope/<pkg>` for a file inside a package, else undefined. */
function packageDir(file: string): string | undefined {
  const m = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
  return m?.[1];
}

/** The file itself and every namespace/module body inside it. */
function containers(sf: SourceFile): StatementedNode[] {
  const out: StatementedNode[] = [sf];
  const visit = (node: StatementedNode) => {
    for (const m of node.getModules()) {
      const body = m as unknown as StatementedNode;
      out.push(body);
      visit(body);
    }
  };
  visit(sf);
  return out;
}

function readEnum(decl: import('ts-morph').EnumDeclaration): EnumInfo {
  return {
    name: decl.getName(),
    members: decl.getMembers().map((m) => {
      const value = m.getValue();
      return { name: m.getName(), value: value ?? m.getInitializer()?.getText() ?? m.getName() };
    }),
    docs: docsOf(decl).facts,
  };
}

function mergeEnum(into: Map<string, EnumInfo>, e: EnumInfo): void {
  const prev = into.get(e.name);
  if (!prev) into.set(e.name, e);
  else prev.members.push(...e.members.filter((m) => !prev.members.some((p) => p.name === m.name)));
}

function readAlias(decl: import('ts-morph').TypeAliasDeclaration): AliasInfo {
  const typeParams = decl.getTypeParameters().map((t) => t.getName());
  const ref = readTypeNode(decl.getTypeNodeOrThrow(), new Set(typeParams));
  return { name: decl.getName(), typeParams, type: typeText(ref), ref, docs: docsOf(decl).facts };
}

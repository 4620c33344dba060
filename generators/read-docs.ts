// Reads the JSDoc attached to a declaration; tag errors become ApiReadErrors that point at the source line.
import * as path from 'path';
import { Node } from 'ts-morph';
import { ApiReadError } from './errors';
import { DocTagError, parseJsDoc, type ParsedDoc } from './jsdoc';

export function docsOf(...nodes: (Node | undefined)[]): ParsedDoc {
  for (const node of nodes) {
    if (!node || !Node.isJSDocable(node)) continue;
    const docs = node.getJsDocs();
    if (docs.length === 0) continue;
    try {
      return parseJsDoc(docs[docs.length - 1].getText());
    } catch (e) {
      if (e instanceof DocTagError) throw new ApiReadError(`${where(node)}: ${e.message}`);
      throw e;
    }
  }
  return parseJsDoc(undefined);
}

/** `file:line` relative to the working folder, for messages a person acts on. */
export function where(node: Node): string {
  return `${path.relative(process.cwd(), node.getSourceFile().getFilePath())}:${node.getStartLineNumber()}`;
}

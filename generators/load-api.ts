// One input of `imsim diff`: TypeScript (a folder or file, read with readApi) or a saved manifest JSON
// (such as contracts/generated/<sdk>.manifest.json), so an upgrade can be checked against a committed snapshot.
import * as fs from 'fs';
import { ApiReadError } from './errors';
import { type ApiManifest, MANIFEST_FORMAT } from './manifest';
import { readApi } from './read-api';

export function loadApi(input: string): ApiManifest {
  if (!input.endsWith('.json')) return readApi(input);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(input, 'utf8'));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new ApiReadError(`cannot read manifest ${input}: ${reason}`);
  }
  const m = data as Partial<ApiManifest> | null;
  const lists = ['classes', 'callbacks', 'interfaces', 'enums', 'aliases'] as const;
  if (!m || m.format !== MANIFEST_FORMAT || lists.some((k) => !Array.isArray(m[k]))) {
    throw new ApiReadError(`${input} is not an imsim API manifest (format ${MANIFEST_FORMAT})`);
  }
  return m as ApiManifest;
}

// Reads an API from TypeScript text written to a temporary folder: lets diff tests state versions as code.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ApiManifest } from '../manifest';
import { readApi } from '../read-api';

export function apiFromSource(source: string): ApiManifest {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imsim-api-'));
  try {
    fs.writeFileSync(path.join(dir, 'api.ts'), source);
    return readApi(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

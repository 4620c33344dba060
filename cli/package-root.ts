// Finds the imsim package root (the folder whose package.json is named imsim), from source or from dist/.
import * as fs from 'fs';
import * as path from 'path';

export function packageRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if (JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'imsim') return dir;
      } catch {
        // an unreadable package.json is not ours; keep looking upward
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the imsim package root above ${from}`);
    dir = parent;
  }
}

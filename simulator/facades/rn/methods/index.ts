/**
 * Loads every area file in this folder; each registers its native methods (and, through its imports,
 * its engine and cloud parts) when loaded. Sorted, so the registration order never depends on the disk.
 */
import { readdirSync } from 'fs';

for (const file of readdirSync(__dirname).sort()) {
  if (!/\.(ts|js)$/.test(file) || /\.d\.ts$|\.test\.|^index\./.test(file)) continue;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(`./${file}`);
}

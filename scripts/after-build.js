// Makes the CLI entry executable after tsc (tsc keeps the shebang but not the mode).
const fs = require('fs');
const path = require('path');
const bin = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);

import { readApi } from './read-api';
import { emitZod } from './emit-zod';
import { sdks } from './sdks';
const m = readApi(process.argv[2]);
process.stdout.write(emitZod(m, { sdk: 'fixture', source: process.argv[2], ...sdks['rongcloud-rn'] }));

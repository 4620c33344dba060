import { fanoutFigures } from './figures/fanout';
import { printTable } from './measure';
fanoutFigures(Number(process.env.S ?? '0.1')).then((f) => printTable(f));

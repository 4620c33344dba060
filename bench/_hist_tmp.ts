import { historyFigures } from './figures/history';
import { printTable } from './measure';
historyFigures(Number(process.env.S ?? '0.1')).then((f) => printTable(f));

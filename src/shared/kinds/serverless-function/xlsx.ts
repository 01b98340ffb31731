import type { NodeOfKind } from '../../model';
import { ceilSafeFormula, need } from '../../export/xlsx/formulas';
import type { KindXlsx } from '../kind';
import { concurrencyLimit } from './sizing';

const typed = 'typed in the plan';
const local = (ref: string) => ref.replace('Assumptions!', '');

/** Concurrency = load × duration, with the buffer; no N+k or zones; priced per request and GB-second. */
export const functionXlsx: KindXlsx<NodeOfKind<'serverlessFunction'>> = {
  inputs: (node, name, add) => {
    const p = node.params;
    const reserved = local(add(name, 'Reserved concurrency', p.reservedConcurrency, 'executions', `${typed} (0 = none)`));
    const account = local(add(name, 'Account concurrency quota', p.accountConcurrencyLimit, 'executions', typed));
    return {
      durationMs: add(name, 'Average duration', p.averageDurationMs, 'ms', typed),
      memoryMb: add(name, 'Memory', p.memoryMb, 'MB', typed),
      current: add(name, 'Concurrency available today', { formula: `IF(${reserved}>0,${reserved},${account})`, result: concurrencyLimit(p) }, 'executions', 'the reservation, else the account quota'),
      pricePerMillion: add(name, 'Price per million requests', p.pricePerMillionRequests, 'per 1M', typed),
      pricePerGbSecond: add(name, 'Price per GB-second', p.pricePerGbSecond, 'per GB-s', typed),
    };
  },
  loadLabel: 'Load at event',
  loadOf: (s) => s.loadRps,
  projectionLoadLabel: 'load (rps)',
  target: () => null,
  capacity: (node, _s, refs) => ({ formula: `1000/${need(refs.durationMs, 'durationMs')}`, value: 1000 / node.params.averageDurationMs, unit: 'rps / execution' }),
  base: (r, load) => ceilSafeFormula(`${load}*(${need(r.durationMs, 'durationMs')}/1000)*(1+${r.buffer})`),
  redundancy: (_r, n) => n,
  cost: (r, _required, load) =>
    `${load}*2628000*(${need(r.pricePerMillion, 'pricePerMillion')}/1000000+(${need(r.durationMs, 'durationMs')}/1000)*(${need(r.memoryMb, 'memoryMb')}/1024)*${need(r.pricePerGbSecond, 'pricePerGbSecond')})`,
};
